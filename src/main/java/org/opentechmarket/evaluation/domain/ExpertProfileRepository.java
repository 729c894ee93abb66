package org.opentechmarket.evaluation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertProfileRepository extends JpaRepository<ExpertProfile, Long> {

	Optional<ExpertProfile> findByUserId(long userId);

	List<ExpertProfile> findByUserIdIn(Collection<Long> userIds);
}
