package org.opentechmarket.subscription.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Subscriptions extends JpaRepository<Subscription, Long> {

	List<Subscription> findByUserIdOrderByCreatedAtDesc(long userId);

	Optional<Subscription> findByIdAndUserId(long id, long userId);

	Optional<Subscription> findByUserIdAndNeedId(long userId, long needId);

	List<Subscription> findByNeedIdAndStatusNot(long needId, SubscriptionStatus status);

	long countByUserIdAndStatusNot(long userId, SubscriptionStatus status);

	List<Subscription> findByStatus(SubscriptionStatus status);

	Optional<Subscription> findFirstByUserIdAndName(long userId, String name);
}
