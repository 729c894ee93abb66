package org.opentechmarket.finance.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** IP pledge loans and technology loans: recorded and moved along their lifecycle by the lender's financiers only. */
@Service
@Transactional
public class LoanService {

	private final Loans loans;
	private final FinanceAccess access;
	private final FinanceProperties properties;
	private final AuditLog audit;
	private final Clock clock;
	private final CounterpartyNotices notices;

	LoanService(Loans loans, FinanceAccess access, FinanceProperties properties, AuditLog audit, Clock clock,
			CounterpartyNotices notices) {
		this.notices = notices;
		this.loans = loans;
		this.access = access;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	public Loan record(CurrentUser user, LoanForm form) {
		Party lender = access.financier(user);
		List<FieldViolation> violations = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		Checks.required(violations, "kind", form.getKind());
		Optional<Party> borrower = access.counterparty(violations, "borrower", form.getBorrower(), lender);
		String patents = patentNumbers(violations, form.getPledgedPatents());
		Long achievementId = null;
		if (form.getKind() == LoanKind.PLEDGE) {
			Optional<AchievementSummary> achievement = access.achievement(violations, "achievementId", form.getAchievementId());
			if (achievement.isPresent() && borrower.isPresent()
					&& achievement.get().holderOrganisationId() != borrower.get().id()) {
				violations.add(FieldViolation.of("achievementId", "finance.loan.achievement.notBorrowers",
						achievement.get().title()));
			}
			achievementId = achievement.map(AchievementSummary::id).orElse(null);
			if (form.getAchievementId() == null && patents == null) {
				violations.add(FieldViolation.of("pledgedPatents", "finance.loan.pledge.required"));
			}
		}
		Checks.money(violations, "amount", form.getAmount(), false);
		if (Checks.required(violations, "termMonths", form.getTermMonths())
				&& (form.getTermMonths() < 1 || form.getTermMonths() > properties.loan().maxTermMonths())) {
			violations.add(FieldViolation.of("termMonths", "finance.loan.term.range", properties.loan().maxTermMonths()));
		}
		Checks.percent(violations, "annualRate", form.getAnnualRate(), true);
		LocalDate appliedOn = form.getAppliedOn() == null ? today : form.getAppliedOn();
		Checks.notAfter(violations, "appliedOn", appliedOn, today);
		if (form.getStartDate() != null && form.getStartDate().isBefore(appliedOn)) {
			violations.add(FieldViolation.of("startDate", "finance.date.notBefore", appliedOn.toString()));
		}
		String note = Checks.text(form.getNote());
		Checks.maxLength(violations, "note", note, 1000);
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
		Loan loan = loans.save(new Loan(form.getKind(), lender, borrower.orElseThrow(), achievementId, patents,
				form.getAmount(), form.getTermMonths(), form.getAnnualRate(), form.getStartDate(), appliedOn, note,
				user.getUsername(), clock));
		audit.record("finance.loan.create", "finance-loan", loan.getId(), loan.getKind() + " " + loan.getAmount().toPlainString()
				+ " to " + loan.getBorrowerName());
		notices.tell(loan.getBorrowerOrganisationId(), "finance.notice.loanRecorded",
				List.of(loan.getLenderName(), loan.getAmount().toPlainString()), "/finance/loans/" + loan.getId());
		return loan;
	}

	public Loan move(CurrentUser user, long id, LoanStatus next, LocalDate on) {
		Loan loan = load(id);
		access.requireEdit(user, loan.getLenderOrganisationId(), loan.getBorrowerOrganisationId(), id);
		if (next == null) {
			throw DomainException.invalid(List.of(FieldViolation.of("status", "finance.required")));
		}
		LoanStatus before = loan.getStatus();
		loan.moveTo(next, on == null ? LocalDate.now(clock) : on, clock);
		audit.record("finance.loan.status", "finance-loan", id, before + " -> " + next);
		notices.tell(loan.getBorrowerOrganisationId(), "finance.notice.loan." + next.name(),
				List.of(loan.getLenderName(), String.valueOf(id)), "/finance/loans/" + id);
		return loan;
	}

	@Transactional(readOnly = true)
	public Loan view(CurrentUser user, long id) {
		Loan loan = load(id);
		access.requireView(user, loan.getLenderOrganisationId(), loan.getBorrowerOrganisationId(), id);
		return loan;
	}

	/** All loans for administrators; for everybody else the loans their organisation lent or borrowed. */
	@Transactional(readOnly = true)
	public Page<Loan> list(CurrentUser user, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), properties.pageSize());
		return user.isAdmin() ? loans.findAllByOrderByIdDesc(request) : loans.involving(user.organisationId(), request);
	}

	public boolean mayEdit(CurrentUser user, Loan loan) {
		return access.mayEdit(user, loan.getLenderOrganisationId());
	}

	private Loan load(long id) {
		return loans.findById(id).orElseThrow(() -> DomainException.notFound("finance.record.notFound", id));
	}

	/** Patent numbers separated by commas, semicolons or white space; each at most 60 characters; null when none. */
	static String patentNumbers(List<FieldViolation> violations, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Set<String> numbers = new LinkedHashSet<>();
		Arrays.stream(text.split("[,，;；、\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).forEach(numbers::add);
		for (String n : numbers) {
			if (n.length() > 60) {
				violations.add(FieldViolation.of("pledgedPatents", "finance.text.tooLong", 60));
				return null;
			}
		}
		String joined = String.join(", ", numbers);
		if (joined.length() > 1000) {
			violations.add(FieldViolation.of("pledgedPatents", "finance.text.tooLong", 1000));
			return null;
		}
		return numbers.isEmpty() ? null : joined;
	}
}
