package org.opentechmarket.broker.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Evaluations extends JpaRepository<Evaluation, Long> {

	Optional<Evaluation> findByBrokerUserIdAndYear(long brokerUserId, int year);

	List<Evaluation> findByBrokerUserIdOrderByYearDesc(long brokerUserId);

	List<Evaluation> findByYearOrderByBrokerUserIdAsc(int year);
}
