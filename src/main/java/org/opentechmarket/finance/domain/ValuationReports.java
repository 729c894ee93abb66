package org.opentechmarket.finance.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ValuationReports extends JpaRepository<ValuationReport, Long> {

	Page<ValuationReport> findAllByOrderByIdDesc(Pageable page);

	Page<ValuationReport> findByHolderOrganisationIdOrderByIdDesc(long holder, Pageable page);

	List<ValuationReport> findByAchievementIdOrderByBaseDateDesc(long achievementId);

	/** Achievements with a report whose conclusion may still be used on {@code day}. */
	@Query("select distinct v.achievementId from ValuationReport v where v.baseDate <= :day and v.validUntil >= :day")
	List<Long> achievementsValuedOn(LocalDate day);

	@Query("select v from ValuationReport v where v.achievementId in :achievements and v.baseDate <= :day "
			+ "and v.validUntil >= :day order by v.baseDate desc, v.id desc")
	List<ValuationReport> validOn(Collection<Long> achievements, LocalDate day);
}
