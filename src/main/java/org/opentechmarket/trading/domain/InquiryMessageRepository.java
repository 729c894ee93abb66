package org.opentechmarket.trading.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InquiryMessageRepository extends JpaRepository<InquiryMessage, Long> {

	List<InquiryMessage> findByInquiryIdOrderByCreatedAtAscIdAsc(long inquiryId);
}
