package org.opentechmarket.broker.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Trainings extends JpaRepository<Training, Long> {

	List<Training> findByBrokerUserIdOrderByGivenOnDescIdDesc(long brokerUserId);

	List<Training> findByStatusOrderByRecordedAtAsc(Verification status);
}
