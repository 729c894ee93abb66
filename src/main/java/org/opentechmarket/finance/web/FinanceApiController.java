package org.opentechmarket.finance.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opentechmarket.finance.FinanceTotal;
import org.opentechmarket.finance.domain.EquityInvestment;
import org.opentechmarket.finance.domain.EvidenceFile;
import org.opentechmarket.finance.domain.EvidenceService;
import org.opentechmarket.finance.domain.FinanceAccess;
import org.opentechmarket.finance.domain.FinanceStatistics;
import org.opentechmarket.finance.domain.FinanceableFilter;
import org.opentechmarket.finance.domain.FinanceableService;
import org.opentechmarket.finance.domain.InsuranceKind;
import org.opentechmarket.finance.domain.InsurancePolicy;
import org.opentechmarket.finance.domain.InsuranceProduct;
import org.opentechmarket.finance.domain.InsuranceService;
import org.opentechmarket.finance.domain.InvestmentService;
import org.opentechmarket.finance.domain.Loan;
import org.opentechmarket.finance.domain.LoanForm;
import org.opentechmarket.finance.domain.LoanKind;
import org.opentechmarket.finance.domain.LoanService;
import org.opentechmarket.finance.domain.LoanStatus;
import org.opentechmarket.finance.domain.PolicyStatus;
import org.opentechmarket.finance.domain.RecordType;
import org.opentechmarket.finance.domain.ValuationMethod;
import org.opentechmarket.finance.domain.ValuationReport;
import org.opentechmarket.finance.domain.ValuationService;
import org.opentechmarket.platform.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Financial institutions over HTTP: the financeable list, loans (record, read, move along their lifecycle), and reading
 * insurance, investments, valuations and totals. The same rules as the pages: a financier sees and changes its own
 * institution's records, counterparties read theirs, administrators read all; others get 404.
 */
@RestController
@RequestMapping(path = "/api/v1/finance", produces = "application/json")
@Tag(name = "Finance", description = "科技金融：可融资成果、知识产权质押融资、科技贷款、科技保险、股权投资、评估报告")
@ApiResponse(responseCode = "400", description = "Invalid input; `errors` lists the fields",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "Not authenticated (HTTP Basic)",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not allowed for this user (e.g. not a financier, or read-only)",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "No such record visible to this user",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "409", description = "Not allowed in the record's current status",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class FinanceApiController {

	private final FinanceableService financeable;
	private final LoanService loans;
	private final InsuranceService insurance;
	private final InvestmentService investments;
	private final ValuationService valuations;
	private final EvidenceService evidence;
	private final FinanceStatistics statistics;
	private final FinanceAccess access;

	FinanceApiController(FinanceableService financeable, LoanService loans, InsuranceService insurance,
			InvestmentService investments, ValuationService valuations, EvidenceService evidence,
			FinanceStatistics statistics, FinanceAccess access) {
		this.financeable = financeable;
		this.loans = loans;
		this.insurance = insurance;
		this.investments = investments;
		this.valuations = valuations;
		this.evidence = evidence;
		this.statistics = statistics;
		this.access = access;
	}

	record PageView<T>(List<T> items, long total, int page, int size) {

		static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
			return new PageView<>(page.getContent().stream().map(view).toList(), page.getTotalElements(), page.getNumber(),
					page.getSize());
		}
	}

	record ValuationView(long id, long achievementId, String achievementTitle, long holderOrganisationId,
			String valuerName, Long valuerOrganisationId, ValuationMethod method, BigDecimal value, LocalDate baseDate,
			LocalDate validUntil, boolean valid, String reportFileName, String reportSha256, Instant recordedAt) {

		static ValuationView of(ValuationReport r, boolean valid) {
			return new ValuationView(r.getId(), r.getAchievementId(), r.getAchievementTitle(), r.getHolderOrganisationId(),
					r.getValuerName(), r.getValuerOrganisationId(), r.getMethod(), r.getValue(), r.getBaseDate(),
					r.getValidUntil(), valid, r.getFile().getName(), r.getFile().getSha256(), r.getRecordedAt());
		}
	}

	record FinanceableView(long id, String title, String holder, long holderOrganisationId, Integer trl, long ipRightCount,
			BigDecimal priceMin, BigDecimal priceMax, String regionCode, String industryCode, Instant publishedAt,
			ValuationView valuation) {
	}

	record Organisation(long id, String name) {
	}

	record EvidenceView(long id, String fileName, String contentType, long size, String sha256, Instant uploadedAt) {

		static EvidenceView of(EvidenceFile e) {
			return new EvidenceView(e.getId(), e.getFile().getName(), e.getFile().getContentType(), e.getFile().getSize(),
					e.getFile().getSha256(), e.getUploadedAt());
		}
	}

	record LoanView(long id, LoanKind kind, LoanStatus status, Organisation lender, Organisation borrower,
			String borrowerRegion, Long achievementId, String pledgedPatents, BigDecimal amount, int termMonths,
			BigDecimal annualRate, LocalDate startDate, LocalDate appliedOn, LocalDate approvedOn, LocalDate disbursedOn,
			LocalDate closedOn, String note, List<LoanStatus> nextStatuses, List<EvidenceView> evidence) {
	}

	record ProductView(long id, Organisation insurer, InsuranceKind kind, String name, String description) {

		static ProductView of(InsuranceProduct p) {
			return new ProductView(p.getId(), new Organisation(p.getInsurerOrganisationId(), p.getInsurerName()), p.getKind(),
					p.getName(), p.getDescription());
		}
	}

	record PolicyView(long id, ProductView product, Organisation insured, String insuredRegion, Long achievementId,
			BigDecimal sumInsured, BigDecimal premium, LocalDate periodStart, LocalDate periodEnd, PolicyStatus status,
			LocalDate statusChangedOn, List<EvidenceView> evidence) {
	}

	record InvestmentView(long id, Organisation investor, Organisation investee, String investeeRegion, Long achievementId,
			BigDecimal amount, BigDecimal sharePercent, LocalDate investedOn, String note, List<EvidenceView> evidence) {
	}

	record StatusChange(@Schema(description = "the next status") String status,
			@Schema(description = "the day it happened (default today)") LocalDate on) {
	}

	@Operation(summary = "Financeable achievements (financiers and administrators)", description = """
			Published achievements filtered by the financing criteria: at least one numbered IP right (ipBacked), TRL at \
			least minimumTrl (default otm.finance.financeable.minimum-trl) and a valuation report valid today (valued); \
			all three on by default. q (title or holder), region (GB/T 2260, 330000 includes its sub-regions) and industry \
			(GB/T 4754 section letter or code prefix) narrow further.""")
	@GetMapping("/financeable-achievements")
	PageView<FinanceableView> financeable(@AuthenticationPrincipal CurrentUser user,
			@ParameterObject @ModelAttribute FinanceableFilter filter,
			@Parameter(description = "page number from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "page size, 1–100") @RequestParam(defaultValue = "20") int size) {
		return PageView.of(financeable.list(user, filter, page, size), r -> new FinanceableView(r.achievement().id(),
				r.achievement().title(), r.achievement().holder(), r.achievement().holderOrganisationId(),
				r.achievement().trl(), r.achievement().ipRightCount(), r.achievement().priceMin(),
				r.achievement().priceMax(), r.achievement().regionCode(), r.achievement().industryCode(),
				r.achievement().publishedAt(), r.valuation() == null ? null : ValuationView.of(r.valuation(), true)));
	}

	@Operation(summary = "Loans this user may see: own institution's as lender or borrower; all for administrators")
	@GetMapping("/loans")
	PageView<LoanView> loans(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page) {
		return PageView.of(loans.list(user, page), l -> loanView(user, l, false));
	}

	@Operation(summary = "Record a loan (financiers; the lender is the financier's institution)", description = """
			kind PLEDGE (知识产权质押融资: achievementId held by the borrower and/or pledgedPatents required) or TECHNOLOGY \
			(科技贷款). borrower: 统一社会信用代码 or exact name of a verified organisation. Money in yuan with at most two \
			decimals; annualRate in percent. The loan starts APPLIED.""")
	@ApiResponse(responseCode = "201", description = "Recorded")
	@PostMapping(path = "/loans", consumes = "application/json")
	ResponseEntity<LoanView> recordLoan(@AuthenticationPrincipal CurrentUser user, @RequestBody LoanForm form) {
		Loan loan = loans.record(user, form);
		return ResponseEntity.created(URI.create("/api/v1/finance/loans/" + loan.getId())).body(loanView(user, loan, true));
	}

	@Operation(summary = "One loan with its evidence")
	@GetMapping("/loans/{id}")
	LoanView loan(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return loanView(user, loans.view(user, id), true);
	}

	@Operation(summary = "Move a loan along APPLIED → APPROVED → DISBURSED → REPAID (or REJECTED / DEFAULTED)")
	@PostMapping(path = "/loans/{id}/status", consumes = "application/json")
	LoanView moveLoan(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody StatusChange change) {
		LoanStatus next = parse(LoanStatus.class, change.status());
		return loanView(user, loans.move(user, id, next, change.on()), true);
	}

	@Operation(summary = "Insurance products of all insurers")
	@GetMapping("/insurance-products")
	List<ProductView> products() {
		return insurance.products().stream().map(ProductView::of).toList();
	}

	@Operation(summary = "Insurance policies this user may see")
	@GetMapping("/insurance-policies")
	PageView<PolicyView> policies(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page) {
		return PageView.of(insurance.list(user, page), p -> policyView(user, p, false));
	}

	@Operation(summary = "One insurance policy with its evidence")
	@GetMapping("/insurance-policies/{id}")
	PolicyView policy(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return policyView(user, insurance.view(user, id), true);
	}

	@Operation(summary = "Equity investments this user may see")
	@GetMapping("/investments")
	PageView<InvestmentView> investments(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "0") int page) {
		return PageView.of(investments.list(user, page), i -> investmentView(user, i, false));
	}

	@Operation(summary = "One equity investment with its evidence")
	@GetMapping("/investments/{id}")
	InvestmentView investment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return investmentView(user, investments.view(user, id), true);
	}

	@Operation(summary = "Valuation reports: all for financiers and administrators, the own organisation's for holders")
	@GetMapping("/valuations")
	PageView<ValuationView> valuations(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "0") int page) {
		return PageView.of(valuations.list(user, page), r -> ValuationView.of(r, valuations.isValid(r)));
	}

	@Operation(summary = "One valuation report")
	@GetMapping("/valuations/{id}")
	ValuationView valuation(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		ValuationReport r = valuations.view(user, id);
		return ValuationView.of(r, valuations.isValid(r));
	}

	@Operation(summary = "Totals of a year by kind and counterparty region (financiers: own institution; administrators: all)")
	@GetMapping("/totals")
	List<FinanceTotal> totals(@AuthenticationPrincipal CurrentUser user, @RequestParam int year) {
		access.requireFinancierOrAdmin(user);
		if (year < 1900 || year > 9999) {
			throw org.opentechmarket.platform.DomainException.invalid(
					List.of(org.opentechmarket.platform.FieldViolation.of("year", "finance.year.range")));
		}
		return statistics.totals(year, user.isAdmin() ? null : user.organisationId());
	}

	private LoanView loanView(CurrentUser user, Loan l, boolean withEvidence) {
		return new LoanView(l.getId(), l.getKind(), l.getStatus(),
				new Organisation(l.getLenderOrganisationId(), l.getLenderName()),
				new Organisation(l.getBorrowerOrganisationId(), l.getBorrowerName()), l.getBorrowerRegion(),
				l.getAchievementId(), l.getPledgedPatents(), l.getAmount(), l.getTermMonths(), l.getAnnualRate(),
				l.getStartDate(), l.getAppliedOn(), l.getApprovedOn(), l.getDisbursedOn(), l.getClosedOn(), l.getNote(),
				l.getStatus().next(), withEvidence ? evidence(user, RecordType.LOAN, l.getId()) : null);
	}

	private PolicyView policyView(CurrentUser user, InsurancePolicy p, boolean withEvidence) {
		return new PolicyView(p.getId(), ProductView.of(p.getProduct()),
				new Organisation(p.getInsuredOrganisationId(), p.getInsuredName()), p.getInsuredRegion(),
				p.getAchievementId(), p.getSumInsured(), p.getPremium(), p.getPeriodStart(), p.getPeriodEnd(), p.getStatus(),
				p.getStatusChangedOn(), withEvidence ? evidence(user, RecordType.POLICY, p.getId()) : null);
	}

	private InvestmentView investmentView(CurrentUser user, EquityInvestment i, boolean withEvidence) {
		return new InvestmentView(i.getId(), new Organisation(i.getInvestorOrganisationId(), i.getInvestorName()),
				new Organisation(i.getInvesteeOrganisationId(), i.getInvesteeName()), i.getInvesteeRegion(),
				i.getAchievementId(), i.getAmount(), i.getSharePercent(), i.getInvestedOn(), i.getNote(),
				withEvidence ? evidence(user, RecordType.INVESTMENT, i.getId()) : null);
	}

	private List<EvidenceView> evidence(CurrentUser user, RecordType type, long id) {
		return evidence.of(user, type, id).stream().map(EvidenceView::of).toList();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			throw org.opentechmarket.platform.DomainException.invalid(
					List.of(org.opentechmarket.platform.FieldViolation.of("status", "finance.required")));
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			throw org.opentechmarket.platform.DomainException.invalid(
					List.of(org.opentechmarket.platform.FieldViolation.of("status", "finance.status.unknown", value)));
		}
	}
}
