package org.opentechmarket.broker.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.opentechmarket.broker.PointSource;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Reading the ledger. There is deliberately no save or delete here: rows are inserted by {@link PointLedger} only. */
public interface PointEntries extends Repository<PointEntry, Long> {

	Optional<PointEntry> findById(long id);

	List<PointEntry> findByBrokerUserIdOrderByRecordedAtAscIdAsc(long brokerUserId);

	Optional<PointEntry> findByBrokerUserIdAndSourceAndSourceReferenceAndCorrectsEntryIdIsNull(long brokerUserId,
			PointSource source, String sourceReference);

	List<PointEntry> findByCorrectsEntryId(long correctsEntryId);

	@Query("select coalesce(sum(e.points), 0) from PointEntry e where e.brokerUserId = :broker")
	BigDecimal total(long broker);

	@Query("select coalesce(sum(e.points), 0) from PointEntry e where e.brokerUserId = :broker and e.accountingYear = :year")
	BigDecimal totalForYear(long broker, int year);

	/** broker user id and points for one accounting year, for the directory. */
	@Query("select e.brokerUserId, sum(e.points) from PointEntry e where e.accountingYear = :year group by e.brokerUserId")
	List<Object[]> totalsForYear(int year);

	@Query("select e.brokerUserId, sum(e.points) from PointEntry e group by e.brokerUserId")
	List<Object[]> totals();
}
