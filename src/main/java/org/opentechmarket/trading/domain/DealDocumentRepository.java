package org.opentechmarket.trading.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DealDocumentRepository extends JpaRepository<DealDocument, Long> {

	List<DealDocument> findByDealIdOrderByUploadedAtAscIdAsc(long dealId);

	boolean existsByDealIdAndKind(long dealId, DealDocument.Kind kind);
}
