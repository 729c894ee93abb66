package org.opentechmarket.platform.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InboxMessages extends JpaRepository<InboxMessage, Long> {

	Page<InboxMessage> findByUserIdOrderByDeliveredAtDescIdDesc(long userId, Pageable page);

	Optional<InboxMessage> findByIdAndUserId(long id, long userId);

	long countByUserIdAndReadAtIsNull(long userId);

	@Modifying
	@Query("update InboxMessage m set m.readAt = :at where m.userId = :userId and m.readAt is null")
	int markAllRead(long userId, Instant at);
}
