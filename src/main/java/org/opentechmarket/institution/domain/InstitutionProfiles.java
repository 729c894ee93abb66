package org.opentechmarket.institution.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InstitutionProfiles extends JpaRepository<InstitutionProfile, Long> {

	Optional<InstitutionProfile> findByOrganisationId(long organisationId);

	List<InstitutionProfile> findByKindAndStatusOrderByNameAsc(DirectoryKind kind, ListingStatus status);

	List<InstitutionProfile> findAllByOrderByKindAscNameAsc();
}
