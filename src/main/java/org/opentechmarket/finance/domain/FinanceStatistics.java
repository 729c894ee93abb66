package org.opentechmarket.finance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.opentechmarket.finance.FinanceKind;
import org.opentechmarket.finance.FinanceRecords;
import org.opentechmarket.finance.FinanceTotal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Totals of the finance records for statistics and the financier dashboard, one SQL query over the three tables (what counts
 * is documented on {@link FinanceRecords} and {@link FinanceKind}).
 */
@Service
@Transactional(readOnly = true)
public class FinanceStatistics implements FinanceRecords {

	private static final String SQL = """
			select kind, region, count(*), coalesce(sum(amount), 0) from (
			  select case when kind = 'PLEDGE' then 'PLEDGE_LOAN' else 'TECHNOLOGY_LOAN' end as kind,
			         borrower_region as region, amount, lender_organisation_id as owner
			    from finance_loans
			   where status in ('DISBURSED', 'REPAID', 'DEFAULTED') and disbursed_on >= :from and disbursed_on < :to
			  union all
			  select 'INSURANCE', insured_region, sum_insured, insurer_organisation_id
			    from finance_insurance_policies
			   where status <> 'CANCELLED' and period_start >= :from and period_start < :to
			  union all
			  select 'EQUITY_INVESTMENT', investee_region, amount, investor_organisation_id
			    from finance_investments
			   where invested_on >= :from and invested_on < :to
			) t
			where (:owner < 0 or owner = :owner)
			group by kind, region
			order by kind, region nulls last
			""";

	@PersistenceContext
	private EntityManager entityManager;

	@Override
	public List<FinanceTotal> totals(int year) {
		return totals(year, null);
	}

	/** The same, for the records of one financial institution only (null: all). */
	public List<FinanceTotal> totals(int year, Long ownerOrganisationId) {
		LocalDate from = LocalDate.of(year, 1, 1);
		Query query = entityManager.createNativeQuery(SQL)
			.setParameter("from", from)
			.setParameter("to", from.plusYears(1))
			.setParameter("owner", ownerOrganisationId == null ? -1L : ownerOrganisationId);
		List<FinanceTotal> totals = new ArrayList<>();
		for (Object row : query.getResultList()) {
			Object[] r = (Object[]) row;
			totals.add(new FinanceTotal(FinanceKind.valueOf((String) r[0]), (String) r[1], ((Number) r[2]).longValue(),
					((BigDecimal) r[3]).setScale(2)));
		}
		return totals;
	}
}
