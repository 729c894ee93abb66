package org.opentechmarket.contract.domain;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.opentechmarket.contract.DealFacts;
import org.opentechmarket.contract.DealRecords;
import org.opentechmarket.contract.domain.RegistrationPoints.Point;
import org.opentechmarket.evaluation.OpenReview;
import org.opentechmarket.evaluation.ReviewPublished;
import org.opentechmarket.evaluation.ReviewSubjectType;
import org.opentechmarket.evaluation.ReviewSummary;
import org.opentechmarket.evaluation.Reviews;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.FileStore;
import org.opentechmarket.platform.Inbox;
import org.opentechmarket.platform.Role;
import org.opentechmarket.platform.WorkingDays;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contract registration use cases: submission and resubmission by the registrant, the registrar's decisions on the working-day
 * clock, amendment and cancellation, expert opinions for large or disputed contracts. Every action checks who may take it; a
 * contract the user may not see answers 404.
 */
@Service
public class ContractService {

	private static final EnumSet<ContractStatus> OPEN = EnumSet.of(ContractStatus.SUBMITTED);

	private final Contracts contracts;
	private final ContractNumbers numbers;
	private final RegistrationPoints points;
	private final Organisations organisations;
	private final CodeTables codes;
	private final FileStore files;
	private final WorkingDays workingDays;
	private final ContractProperties properties;
	private final Reviews reviews;
	private final List<DealRecords> dealRecords;
	private final AuditLog audit;
	private final Inbox inbox;
	private final Clock clock;

	public ContractService(Contracts contracts, ContractNumbers numbers, RegistrationPoints points, Organisations organisations,
			CodeTables codes, FileStore files, WorkingDays workingDays, ContractProperties properties, Reviews reviews,
			List<DealRecords> dealRecords, AuditLog audit, Inbox inbox, Clock clock) {
		this.contracts = contracts;
		this.numbers = numbers;
		this.points = points;
		this.organisations = organisations;
		this.codes = codes;
		this.files = files;
		this.workingDays = workingDays;
		this.properties = properties;
		this.reviews = reviews;
		this.dealRecords = dealRecords;
		this.audit = audit;
		this.inbox = inbox;
		this.clock = clock;
	}

	/** An uploaded signed document. */
	public record Upload(String fileName, long size, InputStream content) {
	}

	public ContractProperties properties() {
		return properties;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	// ------------------------------------------------------------------ deals for pre-fill

	public List<DealFacts> deals(CurrentUser user) {
		List<DealFacts> all = new ArrayList<>();
		for (DealRecords r : dealRecords) {
			all.addAll(r.dealsOf(user));
		}
		return all;
	}

	/** The deal behind a reference "source:id" when the user's organisation is its seller; 404 otherwise. */
	public DealFacts deal(CurrentUser user, String reference) {
		int colon = reference == null ? -1 : reference.indexOf(':');
		if (colon < 1) {
			throw DomainException.notFound("contract.deal.notFound", reference == null ? "" : reference);
		}
		String source = reference.substring(0, colon);
		long id;
		try {
			id = Long.parseLong(reference.substring(colon + 1));
		}
		catch (NumberFormatException e) {
			throw DomainException.notFound("contract.deal.notFound", reference);
		}
		return dealRecords.stream()
			.filter(r -> r.source().equals(source))
			.findFirst()
			.flatMap(r -> r.find(id, user))
			.orElseThrow(() -> DomainException.notFound("contract.deal.notFound", reference));
	}

	/** A draft pre-filled from a deal: the viewer's organisation is the seller (licence, ordinary mode by default). */
	public ContractDraft prefill(CurrentUser user, String reference) {
		DealFacts d = deal(user, reference);
		OrganisationSummary me = organisation(user);
		String buyerRegion = null;
		if (d.buyerOrganisationId() != null) {
			buyerRegion = organisations.find(d.buyerOrganisationId()).map(OrganisationSummary::regionCode).orElse(null);
		}
		else {
			buyerRegion = organisations.findByName(d.buyerName()).map(OrganisationSummary::regionCode).orElse(null);
		}
		LocalDate signed = d.signedOn();
		return new ContractDraft(d.title(), ContractType.LICENSE, ContractSubType.PATENT_LICENSE, LicenceMode.ORDINARY, signed,
				signed, signed == null ? null : signed.plusYears(5).minusDays(1), null, null, PlanSource.NONE, d.contractAmount(),
				PaymentMode.LUMP_SUM, null, null, false, d.buyerName(), "CN", buyerRegion, null, me.name(), "CN",
				me.regionCode(), null, List.of(), d.reference());
	}

	// ------------------------------------------------------------------ submission

	@Transactional
	public Contract submit(CurrentUser user, ContractDraft draft, Upload upload) {
		OrganisationSummary me = organisation(user);
		if (!me.verified()) {
			throw DomainException.forbidden("contract.organisation.unverified");
		}
		List<FieldViolation> v = new ArrayList<>();
		Contract.Filing filing = validate(me, draft, v);
		if (upload == null || upload.size() == 0) {
			v.add(FieldViolation.of("document", "contract.document.required"));
		}
		if (draft.dealReference() != null && !draft.dealReference().isBlank()) {
			deal(user, draft.dealReference()); // 404 unless the user's organisation sold it
			if (contracts.existsByDealReferenceAndStatusNot(draft.dealReference(), ContractStatus.NOT_REGISTERED)) {
				v.add(FieldViolation.of("dealReference", "contract.deal.alreadyRegistered"));
			}
		}
		Point point = points.covering(me.regionCode()).orElse(null);
		if (point == null) {
			v.add(FieldViolation.of("point", "contract.point.none", me.regionCode() == null ? "" : me.regionCode()));
		}
		if (!v.isEmpty()) {
			throw DomainException.invalid(v);
		}
		SignedDocument document = storePdf(upload);
		String dealRef = draft.dealReference() == null || draft.dealReference().isBlank() ? null : draft.dealReference();
		Contract c = new Contract(me.id(), me.regionCode(), point.organisationId(), user.id(), dealRef, filing, document, clock);
		startClock(c);
		c = contracts.save(c);
		audit.record("contract.submitted", "contract", c.getId(),
				c.getTerms().getType() + " " + c.getTerms().getContractAmount() + " → point " + point.organisationId());
		return c;
	}

	@Transactional
	public Contract resubmit(CurrentUser user, long id, ContractDraft draft, Upload upload) {
		Contract c = contracts.findById(id).filter(x -> isRegistrant(user, x)).orElseThrow(() -> notFound(id));
		if (c.getStatus() != ContractStatus.RETURNED) {
			throw DomainException.conflict("contract.status.notAllowed", c.getStatus().name(), ContractStatus.SUBMITTED.name());
		}
		OrganisationSummary me = organisation(user);
		List<FieldViolation> v = new ArrayList<>();
		Contract.Filing filing = validate(me, draft, v);
		if (!v.isEmpty()) {
			throw DomainException.invalid(v);
		}
		SignedDocument document = upload == null || upload.size() == 0 ? null : storePdf(upload);
		c.resubmit(filing, document, clock);
		startClock(c); // the clock restarts when corrected material comes in
		audit.record("contract.resubmitted", "contract", c.getId(), "return " + c.getReturnCount());
		return c;
	}

	private void startClock(Contract c) {
		LocalDate today = today();
		c.startClock(today, workingDays.plusWorkingDays(today, limitFor(c)));
	}

	public int limitFor(Contract c) {
		return c.needsExpertOpinion(properties.largeAmount()) ? properties.extendedDecisionWorkingDays()
				: properties.decisionWorkingDays();
	}

	/** Working days left until the decision is due (negative: overdue); null when no decision is pending. */
	public Integer remainingWorkingDays(Contract c) {
		if (c.getStatus() != ContractStatus.SUBMITTED || c.getDecisionDue() == null) {
			return null;
		}
		return workingDays.workingDaysBetween(today(), c.getDecisionDue());
	}

	private SignedDocument storePdf(Upload upload) {
		FileStore.Stored stored = files.store(upload.fileName(), upload.size(), upload.content());
		if (!"application/pdf".equals(stored.contentType())) {
			files.delete(stored.storageKey());
			throw DomainException.invalid(List.of(FieldViolation.of("document", "contract.document.pdf")));
		}
		return new SignedDocument(stored.storageKey(), FileStore.safeFileName(upload.fileName()), stored.size(), stored.sha256());
	}

	Contract.Filing validate(OrganisationSummary me, ContractDraft d, List<FieldViolation> v) {
		return validate(me, d, v, null);
	}

	/**
	 * Checks a draft and makes its filing (null when there are violations). {@code me} is the registrant, whose name must be the
	 * seller's (the domestic buyer's for an import); null for a back-catalogue import, where {@code statedTechnicalAmount} is
	 * the registered 技术交易额 instead of one computed from costs.
	 */
	Contract.Filing validate(OrganisationSummary me, ContractDraft d, List<FieldViolation> v, BigDecimal statedTechnicalAmount) {
		String name = trim(d.projectName());
		if (name == null) {
			v.add(FieldViolation.of("projectName", "validation.required"));
		}
		else if (name.length() > 200) {
			v.add(FieldViolation.of("projectName", "contract.tooLong", 200));
		}
		if (d.type() == null) {
			v.add(FieldViolation.of("type", "validation.required"));
		}
		if (d.subType() == null) {
			v.add(FieldViolation.of("subType", "validation.required"));
		}
		else if (d.type() != null && d.subType().type() != d.type()) {
			v.add(FieldViolation.of("subType", "contract.subType.mismatch"));
		}
		LicenceMode mode = d.type() == ContractType.LICENSE ? (d.licenceMode() == null ? LicenceMode.ORDINARY : d.licenceMode())
				: null;
		if (d.signedOn() == null) {
			v.add(FieldViolation.of("signedOn", "validation.required"));
		}
		else if (d.signedOn().isAfter(today())) {
			v.add(FieldViolation.of("signedOn", "contract.signedOn.future"));
		}
		if (d.validFrom() == null) {
			v.add(FieldViolation.of("validFrom", "validation.required"));
		}
		if (d.validUntil() == null) {
			v.add(FieldViolation.of("validUntil", "validation.required"));
		}
		else if (d.validFrom() != null && d.validUntil().isBefore(d.validFrom())) {
			v.add(FieldViolation.of("validUntil", "contract.validUntil.beforeFrom"));
		}
		required(d.technicalField(), "technicalField", v);
		required(d.ipType(), "ipType", v);
		required(d.planSource(), "planSource", v);
		required(d.paymentMode(), "paymentMode", v);
		if (d.contractAmount() == null) {
			v.add(FieldViolation.of("contractAmount", "validation.required"));
		}
		else if (d.contractAmount().signum() <= 0 || d.contractAmount().scale() > 2) {
			v.add(FieldViolation.of("contractAmount", "contract.amount.invalid"));
		}
		if (d.type() == ContractType.TRANSFER) {
			if (d.expectedInvestment() == null) {
				v.add(FieldViolation.of("expectedInvestment", "contract.transfer.required"));
			}
			if (d.expectedOutput() == null) {
				v.add(FieldViolation.of("expectedOutput", "contract.transfer.required"));
			}
		}
		nonNegative(d.expectedInvestment(), "expectedInvestment", v);
		nonNegative(d.expectedOutput(), "expectedOutput", v);
		Party buyer = party("buyer", d.buyerName(), d.buyerCountry(), d.buyerRegion(), d.buyerNature(), v);
		Party seller = party("seller", d.sellerName(), d.sellerCountry(), d.sellerRegion(), d.sellerNature(), v);
		// the registrant is the seller side, or the domestic buyer of a technology import
		if (d.technologyImport()) {
			if (seller != null && seller.domestic()) {
				v.add(FieldViolation.of("sellerCountry", "contract.import.foreignSeller"));
			}
			if (me != null && buyer != null && !me.name().equals(buyer.getName())) {
				v.add(FieldViolation.of("buyerName", "contract.registrant.buyer", me.name()));
			}
		}
		else if (me != null && seller != null && !me.name().equals(seller.getName())) {
			v.add(FieldViolation.of("sellerName", "contract.registrant.seller", me.name()));
		}
		if (buyer != null && seller != null && buyer.getName().equals(seller.getName())) {
			v.add(FieldViolation.of("buyerName", "contract.parties.same"));
		}
		List<CostItem> costs = new ArrayList<>();
		for (int i = 0; i < d.costs().size(); i++) {
			ContractDraft.CostLine line = d.costs().get(i);
			if (line == null || line.blank()) {
				continue;
			}
			String prefix = "costs[" + i + "].";
			boolean ok = true;
			if (line.kind() == null) {
				v.add(FieldViolation.of(prefix + "kind", "validation.required"));
				ok = false;
			}
			String description = trim(line.description());
			if (description == null || description.length() > 200) {
				v.add(FieldViolation.of(prefix + "description", "contract.cost.description.invalid"));
				ok = false;
			}
			int quantity = line.quantity() == null ? 1 : line.quantity();
			if (quantity < 1) {
				v.add(FieldViolation.of(prefix + "quantity", "contract.cost.quantity.invalid"));
				ok = false;
			}
			if (line.amount() == null || line.amount().signum() <= 0 || line.amount().scale() > 2) {
				v.add(FieldViolation.of(prefix + "amount", "contract.amount.invalid"));
				ok = false;
			}
			if (ok) {
				costs.add(new CostItem(line.kind(), description, quantity, line.amount()));
			}
		}
		BigDecimal technical = null;
		if (statedTechnicalAmount != null) {
			technical = statedTechnicalAmount;
			if (technical.signum() < 0 || technical.scale() > 2
					|| (d.contractAmount() != null && technical.compareTo(d.contractAmount()) > 0)) {
				v.add(FieldViolation.of("technicalAmount", "contract.import.technicalAmount"));
			}
		}
		else if (d.contractAmount() != null && d.contractAmount().signum() > 0) {
			technical = properties.calculator().calculate(d.contractAmount(), costs).technicalAmount();
			if (technical.signum() < 0) {
				v.add(FieldViolation.of("costs", "contract.costs.exceedAmount"));
			}
		}
		if (!v.isEmpty()) {
			return null;
		}
		Party finalSeller;
		Party finalBuyer;
		if (me == null) {
			finalSeller = linkByName(seller);
			finalBuyer = linkByName(buyer);
		}
		else if (d.technologyImport()) {
			finalSeller = linkByName(seller);
			finalBuyer = withOrganisation(buyer, me.id());
		}
		else {
			finalSeller = withOrganisation(seller, me.id());
			finalBuyer = linkByName(buyer);
		}
		ContractTerms terms = new ContractTerms(name, d.type(), d.subType(), mode, d.signedOn(), d.validFrom(), d.validUntil(),
				d.technicalField(), d.ipType(), d.planSource(), d.contractAmount(), d.paymentMode(), d.expectedInvestment(),
				d.expectedOutput(), d.technologyImport());
		return new Contract.Filing(terms, finalBuyer, finalSeller, costs, technical);
	}

	private Party withOrganisation(Party p, long organisationId) {
		return new Party(p.getName(), p.getCountryCode(), p.getRegionCode(), p.getNatureCode(), organisationId);
	}

	/** A party that is a registered organisation under exactly this name is linked to it (for recusal and statistics). */
	private Party linkByName(Party p) {
		Long id = organisations.findByName(p.getName()).map(OrganisationSummary::id).orElse(null);
		return new Party(p.getName(), p.getCountryCode(), p.getRegionCode(), p.getNatureCode(), id);
	}

	private Party party(String side, String name, String country, String region, String nature, List<FieldViolation> v) {
		boolean ok = true;
		String n = trim(name);
		if (n == null || n.length() > 200) {
			v.add(FieldViolation.of(side + "Name", n == null ? "validation.required" : "contract.tooLong", 200));
			ok = false;
		}
		String cc = trim(country) == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
		if (cc == null || !cc.matches("[A-Z]{2}")) {
			v.add(FieldViolation.of(side + "Country", "contract.country.invalid"));
			ok = false;
		}
		String r = trim(region);
		if ("CN".equals(cc)) {
			if (r == null || !codes.regions().contains(r)) {
				v.add(FieldViolation.of(side + "Region", "contract.region.invalid"));
				ok = false;
			}
		}
		else {
			r = null;
		}
		if (nature == null || PartyNature.ofCode(nature.strip()).isEmpty()) {
			v.add(FieldViolation.of(side + "Nature", "contract.nature.invalid"));
			ok = false;
		}
		return ok ? new Party(n, cc, r, nature.strip(), null) : null;
	}

	private static void required(Object value, String field, List<FieldViolation> v) {
		if (value == null) {
			v.add(FieldViolation.of(field, "validation.required"));
		}
	}

	private static void nonNegative(BigDecimal value, String field, List<FieldViolation> v) {
		if (value != null && (value.signum() < 0 || value.scale() > 2)) {
			v.add(FieldViolation.of(field, "contract.amount.nonNegative"));
		}
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	// ------------------------------------------------------------------ reading

	private OrganisationSummary organisation(CurrentUser user) {
		return organisations.find(user.organisationId()).orElseThrow(DomainException::forbidden);
	}

	private static DomainException notFound(long id) {
		return DomainException.notFound("contract.notFound", id);
	}

	public boolean isRegistrant(CurrentUser user, Contract c) {
		return c.getRegistrantOrganisationId() != null && user.belongsTo(c.getRegistrantOrganisationId());
	}

	/** Administrators, and registrars of the point the contract was filed at. */
	public boolean mayDecide(CurrentUser user, Contract c) {
		return user.isAdmin() || (user.has(Role.REGISTRAR) && user.belongsTo(c.getPointOrganisationId()));
	}

	public Contract view(CurrentUser user, long id) {
		return contracts.findById(id).filter(c -> isRegistrant(user, c) || mayDecide(user, c)).orElseThrow(() -> notFound(id));
	}

	private Contract decidable(CurrentUser user, long id) {
		Contract c = contracts.findById(id).orElseThrow(() -> notFound(id));
		if (mayDecide(user, c)) {
			return c;
		}
		if (isRegistrant(user, c)) {
			throw DomainException.forbidden();
		}
		throw notFound(id);
	}

	public List<Contract> mine(CurrentUser user) {
		return contracts.findByRegistrantOrganisationIdOrderBySubmittedAtDesc(user.organisationId());
	}

	/** The registrar's queue (administrators: every point's): contracts awaiting a decision, earliest due first. */
	public List<Contract> queue(CurrentUser user) {
		if (user.isAdmin()) {
			return contracts.findByStatusInOrderByDecisionDueAscIdAsc(OPEN);
		}
		if (!user.has(Role.REGISTRAR)) {
			throw DomainException.forbidden();
		}
		return contracts.findByPointOrganisationIdAndStatusInOrderByDecisionDueAscIdAsc(user.organisationId(), OPEN);
	}

	/** Registered (or amended / cancelled) contracts of the registrar's point, for its register. */
	public List<Contract> register(CurrentUser user) {
		EnumSet<ContractStatus> decided = EnumSet.of(ContractStatus.REGISTERED, ContractStatus.AMENDED, ContractStatus.CANCELLED,
				ContractStatus.NOT_REGISTERED, ContractStatus.RETURNED);
		if (user.isAdmin()) {
			return contracts.findByStatusInOrderByDecisionDueAscIdAsc(decided);
		}
		if (!user.has(Role.REGISTRAR)) {
			throw DomainException.forbidden();
		}
		return contracts.findByPointOrganisationIdAndStatusInOrderByDecisionDueAscIdAsc(user.organisationId(), decided);
	}

	public Optional<Point> point(long organisationId) {
		return points.find(organisationId);
	}

	public List<ReviewSummary> opinions(CurrentUser user, Contract c) {
		return reviews.forSubject(ReviewSubjectType.CONTRACT, c.getId(), user);
	}

	// ------------------------------------------------------------------ registrar decisions

	@Transactional
	public Contract returnForCorrection(CurrentUser user, long id, String reasons) {
		Contract c = decidable(user, id);
		c.returnForCorrection(reasons, user.getUsername(), clock);
		audit.record("contract.returned", "contract", id, c.getReturnReasons());
		notify(c, "contract.inbox.returned", List.of(c.getTerms().getProjectName()), "/contracts/" + id);
		return c;
	}

	private void notify(Contract c, String key, List<String> args, String link) {
		if (c.getSubmittedBy() != null) {
			inbox.deliver(c.getSubmittedBy(), key, args, link);
		}
	}

	@Transactional
	public Contract markDisputed(CurrentUser user, long id, String note) {
		Contract c = decidable(user, id);
		c.markDisputed(note);
		// the longer limit applies from acceptance
		c.startClock(c.getAcceptedOn(), workingDays.plusWorkingDays(c.getAcceptedOn(), limitFor(c)));
		audit.record("contract.disputed", "contract", id, c.getDisputeNote());
		return c;
	}

	/** Opens the expert review of a large or disputed contract (administrators: the review service opens reviews). */
	@Transactional
	public Contract requestOpinion(CurrentUser admin, long id) {
		Contract c = decidable(admin, id);
		if (!admin.isAdmin()) {
			throw DomainException.forbidden();
		}
		if (c.getStatus() != ContractStatus.SUBMITTED || !c.needsExpertOpinion(properties.largeAmount())) {
			throw DomainException.conflict("contract.opinion.notNeeded");
		}
		if (c.getReviewId() != null && c.getOpinionOutcome() == null) {
			throw DomainException.conflict("contract.opinion.pending");
		}
		ReviewSummary review = reviews.open(admin, OpenReview.of(ReviewSubjectType.CONTRACT, id, properties.opinionPanelSize()));
		c.opinionRequested(review.id());
		audit.record("contract.opinionRequested", "contract", id, "review " + review.id());
		return c;
	}

	@EventListener
	@Transactional
	public void on(ReviewPublished event) {
		if (event.subjectType() != ReviewSubjectType.CONTRACT) {
			return;
		}
		contracts.findById(event.subjectId()).ifPresent(c -> {
			c.recordOpinion(event.reviewId(), event.outcome());
			audit.record("contract.opinionRecorded", "contract", c.getId(), event.outcome().name());
		});
	}

	@Transactional
	public Contract approve(CurrentUser user, long id) {
		Contract c = decidable(user, id);
		if (c.getStatus() != ContractStatus.SUBMITTED) {
			throw DomainException.conflict("contract.status.notAllowed", c.getStatus().name(), ContractStatus.REGISTERED.name());
		}
		if (c.needsExpertOpinion(properties.largeAmount()) && c.getOpinionOutcome() == null) {
			throw DomainException.conflict("contract.opinion.missing");
		}
		Point point = points.find(c.getPointOrganisationId())
			.orElseThrow(() -> DomainException.conflict("contract.point.gone"));
		LocalDate today = today();
		String number = numbers.next(today.getYear(), point.regionCode(), point.number());
		c.register(number, today, properties.largeAmount(), user.getUsername(), clock);
		contracts.saveAndFlush(c);
		audit.record("contract.registered", "contract", id, number);
		notify(c, "contract.inbox.registered", List.of(c.getTerms().getProjectName(), number),
				"/contracts/" + id);
		return c;
	}

	@Transactional
	public Contract refuse(CurrentUser user, long id, NotRegistrableReason reason, String note) {
		Contract c = decidable(user, id);
		c.refuse(reason, note, user.getUsername(), clock);
		audit.record("contract.notRegistered", "contract", id, reason.name());
		notify(c, "contract.inbox.notRegistered", List.of(c.getTerms().getProjectName()),
				"/contracts/" + id);
		return c;
	}

	/** 变更: a registered contract's amount changes; the 技术交易额 is recomputed with the filed costs. */
	@Transactional
	public Contract amend(CurrentUser user, long id, BigDecimal contractAmount, String note) {
		Contract c = decidable(user, id);
		if (contractAmount == null || contractAmount.signum() <= 0 || contractAmount.scale() > 2) {
			throw DomainException.invalid(List.of(FieldViolation.of("contractAmount", "contract.amount.invalid")));
		}
		BigDecimal technical = properties.calculator().calculate(contractAmount, c.getCosts()).technicalAmount();
		if (technical.signum() < 0) {
			throw DomainException.invalid(List.of(FieldViolation.of("contractAmount", "contract.costs.exceedAmount")));
		}
		c.amend(contractAmount, technical, note, user.getUsername(), clock);
		audit.record("contract.amended", "contract", id, contractAmount + ": " + c.getAmendmentNote());
		return c;
	}

	/** 注销. */
	@Transactional
	public Contract cancel(CurrentUser user, long id, String note) {
		Contract c = decidable(user, id);
		c.cancel(note, user.getUsername(), clock);
		audit.record("contract.cancelled", "contract", id, c.getDecisionNote());
		return c;
	}

	// ------------------------------------------------------------------ tax estimate

	public boolean pilotZone(String regionCode) {
		if (regionCode == null) {
			return false;
		}
		for (String zone : properties.tax().pilotZones()) {
			String z = zone.strip();
			String c = regionCode;
			while (c != null) {
				if (c.equals(z)) {
					return true;
				}
				c = codes.regions().find(c).map(CodeTables.Code::parent).orElse(null);
			}
		}
		return false;
	}

	public TaxEstimator.Estimate estimate(BigDecimal revenue, BigDecimal netBookValue, BigDecimal relatedTaxes, boolean pilot) {
		List<FieldViolation> v = new ArrayList<>();
		amountField(revenue, "transferRevenue", v);
		amountField(netBookValue, "netBookValue", v);
		amountField(relatedTaxes, "relatedTaxes", v);
		if (!v.isEmpty()) {
			throw DomainException.invalid(v);
		}
		return properties.taxEstimator().estimate(revenue, netBookValue, relatedTaxes, pilot);
	}

	private static void amountField(BigDecimal value, String field, List<FieldViolation> v) {
		if (value == null) {
			v.add(FieldViolation.of(field, "validation.required"));
		}
		else if (value.signum() < 0 || value.scale() > 2) {
			v.add(FieldViolation.of(field, "contract.amount.nonNegative"));
		}
	}
}
