package org.opentechmarket.finance.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Equity investments (作价投资/股权投资) a financial institution records. */
@Service
@Transactional
public class InvestmentService {

	private final EquityInvestments investments;
	private final FinanceAccess access;
	private final FinanceProperties properties;
	private final AuditLog audit;
	private final Clock clock;
	private final CounterpartyNotices notices;

	InvestmentService(EquityInvestments investments, FinanceAccess access, FinanceProperties properties, AuditLog audit,
			Clock clock, CounterpartyNotices notices) {
		this.notices = notices;
		this.investments = investments;
		this.access = access;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	public EquityInvestment record(CurrentUser user, InvestmentForm form) {
		Party investor = access.financier(user);
		List<FieldViolation> violations = new ArrayList<>();
		Optional<Party> investee = access.counterparty(violations, "investee", form.getInvestee(), investor);
		Optional<AchievementSummary> achievement = access.achievement(violations, "achievementId", form.getAchievementId());
		Checks.money(violations, "amount", form.getAmount(), false);
		Checks.percent(violations, "sharePercent", form.getSharePercent(), false);
		if (Checks.required(violations, "investedOn", form.getInvestedOn())) {
			Checks.notAfter(violations, "investedOn", form.getInvestedOn(), LocalDate.now(clock));
		}
		String note = Checks.text(form.getNote());
		Checks.maxLength(violations, "note", note, 1000);
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
		EquityInvestment investment = investments.save(new EquityInvestment(investor, investee.orElseThrow(),
				achievement.map(AchievementSummary::id).orElse(null), form.getAmount(), form.getSharePercent(),
				form.getInvestedOn(), note, user.getUsername(), clock));
		audit.record("finance.investment.create", "finance-investment", investment.getId(),
				investment.getAmount().toPlainString() + " in " + investment.getInvesteeName() + " for "
						+ investment.getSharePercent().toPlainString() + "%");
		notices.tell(investment.getInvesteeOrganisationId(), "finance.notice.investmentRecorded",
				List.of(investment.getInvestorName(), investment.getAmount().toPlainString()),
				"/finance/investments/" + investment.getId());
		return investment;
	}

	@Transactional(readOnly = true)
	public EquityInvestment view(CurrentUser user, long id) {
		EquityInvestment investment = investments.findById(id)
			.orElseThrow(() -> DomainException.notFound("finance.record.notFound", id));
		access.requireView(user, investment.getInvestorOrganisationId(), investment.getInvesteeOrganisationId(), id);
		return investment;
	}

	@Transactional(readOnly = true)
	public Page<EquityInvestment> list(CurrentUser user, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), properties.pageSize());
		return user.isAdmin() ? investments.findAllByOrderByIdDesc(request)
				: investments.involving(user.organisationId(), request);
	}

	public boolean mayEdit(CurrentUser user, EquityInvestment investment) {
		return access.mayEdit(user, investment.getInvestorOrganisationId());
	}
}
