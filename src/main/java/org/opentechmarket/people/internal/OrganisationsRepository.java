package org.opentechmarket.people.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationsRepository extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findByCreditCode(String creditCode);

	Optional<Organisation> findFirstByName(String name);

	List<Organisation> findAllByOrderByVerifiedAscCreatedAtDesc();

	List<Organisation> findByVerifiedTrueOrderByName();
}
