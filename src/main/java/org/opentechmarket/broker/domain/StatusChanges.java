package org.opentechmarket.broker.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StatusChanges extends JpaRepository<StatusChange, Long> {

	List<StatusChange> findByUserIdOrderByChangedAtAscIdAsc(long userId);
}
