package org.opentechmarket.listing.tender;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.evaluation.CriterionSpec;
import org.opentechmarket.evaluation.OpenReview;
import org.opentechmarket.evaluation.ReviewOutcome;
import org.opentechmarket.evaluation.ReviewPublished;
import org.opentechmarket.evaluation.ReviewSubjectType;
import org.opentechmarket.evaluation.ReviewSummary;
import org.opentechmarket.evaluation.ReviewVisibility;
import org.opentechmarket.evaluation.Reviews;
import org.opentechmarket.listing.TenderStatus;
import org.opentechmarket.listing.domain.TermsRules;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.FileStore;
import org.opentechmarket.platform.Inbox;
import org.opentechmarket.platform.Money;
import org.opentechmarket.platform.Role;
import org.opentechmarket.trading.DealOrigin;
import org.opentechmarket.trading.DealProposal;
import org.opentechmarket.trading.Deals;
import org.opentechmarket.trading.DepositStatus;
import org.opentechmarket.trading.DepositSubject;
import org.opentechmarket.trading.DepositView;
import org.opentechmarket.trading.Deposits;
import org.opentechmarket.trading.TradeTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tender use cases. Every method takes the acting user and checks on the server what this user may do: the owner's
 * members (and administrators) manage a tender; verified organisations other than the owner — only the invited ones for a
 * converted listing — bid; an offer's content is readable, after the opening only, by the owner's side, administrators, the
 * bidder itself and the experts on that offer's panel; everyone else is told it does not exist. Offers are never decrypted
 * before the audited opening ({@link Sealer}).
 */
@Service
@Transactional
public class TenderService {

	private static final Logger log = LoggerFactory.getLogger(TenderService.class);
	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final String SYSTEM = "system";

	private final Tenders tenders;
	private final TenderOffers offers;
	private final OfferFiles files;
	private final Sealer sealer;
	private final TenderProperties properties;
	private final Achievements achievements;
	private final Organisations organisations;
	private final UserAccounts users;
	private final Deposits deposits;
	private final Deals deals;
	private final Reviews reviews;
	private final Inbox inbox;
	private final AuditLog audit;
	private final Clock clock;

	public TenderService(Tenders tenders, TenderOffers offers, OfferFiles files, Sealer sealer, TenderProperties properties,
			Achievements achievements, Organisations organisations, UserAccounts users, Deposits deposits, Deals deals,
			Reviews reviews, Inbox inbox, AuditLog audit, Clock clock) {
		this.tenders = tenders;
		this.offers = offers;
		this.files = files;
		this.sealer = sealer;
		this.properties = properties;
		this.achievements = achievements;
		this.organisations = organisations;
		this.users = users;
		this.deposits = deposits;
		this.deals = deals;
		this.reviews = reviews;
		this.inbox = inbox;
		this.audit = audit;
		this.clock = clock;
	}

	public TenderProperties properties() {
		return properties;
	}

	private String shown(Instant instant) {
		return SHOWN.format(instant.atZone(clock.getZone()));
	}

	private static DomainException notFound(long id) {
		return DomainException.notFound("tender.notFound", id);
	}

	// ------------------------------------------------------------------ who may do what

	private static boolean trader(CurrentUser user) {
		return user != null && (user.has(Role.ENTERPRISE) || user.has(Role.INSTITUTION));
	}

	/** The owner's members (with a trading role) and administrators. */
	public boolean mayManage(CurrentUser user, Tender t) {
		return user != null && (user.isAdmin() || trader(user) && user.belongsTo(t.getOwnerOrganisationId()));
	}

	/** Whether the page should offer this user the offer form. */
	public boolean mayBid(CurrentUser user, Tender t) {
		return trader(user) && user.organisationVerified() && t.mayBid(user.organisationId()) && t.takesOffers(clock);
	}

	private OrganisationSummary verifiedOrganisation(CurrentUser user) {
		return organisations.find(user.organisationId()).filter(OrganisationSummary::verified)
			.orElseThrow(() -> DomainException.forbidden("tender.organisation.unverified"));
	}

	// ------------------------------------------------------------------ reading

	@Transactional(readOnly = true)
	public Tender view(long id) {
		return tenders.findById(id).orElseThrow(() -> notFound(id));
	}

	@Transactional(readOnly = true)
	public Optional<Tender> find(long id) {
		return tenders.findById(id);
	}

	/** The public list: every tender but cancelled ones, newest first. */
	@Transactional(readOnly = true)
	public Page<Tender> publicList(int page, int size) {
		return tenders.findByStatusInOrderByCreatedAtDesc(EnumSet.complementOf(EnumSet.of(TenderStatus.CANCELLED)),
				PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)));
	}

	@Transactional(readOnly = true)
	public List<Tender> owned(CurrentUser user) {
		return trader(user) ? tenders.findByOwnerOrganisationIdOrderByCreatedAtDesc(user.organisationId()) : List.of();
	}

	@Transactional(readOnly = true)
	public List<Tender> all(CurrentUser admin) {
		requireAdmin(admin);
		return tenders.findTop200ByOrderByCreatedAtDesc();
	}

	/** The offers of the user's organisation, newest first. */
	@Transactional(readOnly = true)
	public List<TenderOffer> ownOffers(CurrentUser user) {
		return user == null ? List.of() : offers.findByBidderOrganisationIdOrderByIdDesc(user.organisationId());
	}

	/** The user's organisation's offer to this tender (metadata and, once ranked, its own scores). */
	@Transactional(readOnly = true)
	public Optional<TenderOffer> ownOffer(CurrentUser user, long tenderId) {
		return user == null ? Optional.empty() : offers.findByTenderIdAndBidderOrganisationId(tenderId, user.organisationId());
	}

	/**
	 * The offers this user may see, without their content: all of them for the owner's side and administrators, but only once
	 * the tender is opened (before: "sealed"); experts see the offers whose panel they sit on; a bidder sees its own.
	 */
	@Transactional(readOnly = true)
	public List<TenderOffer> offersFor(CurrentUser user, long tenderId) {
		Tender t = view(tenderId);
		if (mayManage(user, t)) {
			sealer.requireOpened(t);
			return offers.findByTenderIdOrderByIdAsc(tenderId).stream().filter(o -> o.getStatus() != OfferStatus.WITHDRAWN)
				.toList();
		}
		if (user == null) {
			throw notFound(tenderId);
		}
		List<TenderOffer> visible = new ArrayList<>();
		for (TenderOffer o : offers.findByTenderIdOrderByIdAsc(tenderId)) {
			if (user.belongsTo(o.getBidderOrganisationId())
					|| t.isOpened(clock) && reviews.seatedOnPanel(ReviewSubjectType.TENDER_OFFER, o.getId(), user.id())) {
				visible.add(o);
			}
		}
		return visible;
	}

	private boolean mayRead(CurrentUser user, Tender t, TenderOffer o) {
		if (user == null) {
			return false;
		}
		return mayManage(user, t) || user.belongsTo(o.getBidderOrganisationId())
				|| reviews.seatedOnPanel(ReviewSubjectType.TENDER_OFFER, o.getId(), user.id());
	}

	private TenderOffer readableOffer(CurrentUser user, Tender t, long offerId) {
		TenderOffer o = offers.findById(offerId).filter(x -> x.getTenderId() == t.getId())
			.orElseThrow(() -> DomainException.notFound("tender.offer.notFound", offerId));
		if (!mayRead(user, t, o)) {
			throw DomainException.notFound("tender.offer.notFound", offerId);
		}
		return o;
	}

	/** A file of an opened offer, listed by its decrypted name. */
	public record FileEntry(long id, String name, String receipt) {
	}

	/** An opened offer's content for a reader. */
	public record OfferReading(Tender tender, TenderOffer offer, OfferContent content, List<FileEntry> files) {
	}

	/**
	 * Decrypts an offer for a reader entitled to it (404 for anyone else), only after the opening (409 "sealed" before, for
	 * everybody, administrators included). Every reading is audited.
	 */
	public OfferReading read(CurrentUser user, long tenderId, long offerId) {
		Tender t = view(tenderId);
		TenderOffer o = readableOffer(user, t, offerId);
		if (o.getStatus() == OfferStatus.WITHDRAWN) {
			throw DomainException.notFound("tender.offer.notFound", offerId);
		}
		OfferContent content;
		List<FileEntry> entries;
		try {
			content = sealer.unseal(t, o);
			entries = files.findByOfferIdOrderByIdAsc(o.getId())
				.stream()
				.map(f -> new FileEntry(f.getId(), sealer.unsealName(t, f), f.getReceipt()))
				.toList();
		}
		catch (SealedBox.BrokenSeal e) {
			log.error("Tender {}: offer {} does not decrypt: {}", tenderId, offerId, e.getMessage());
			throw DomainException.conflict("tender.offer.brokenSeal");
		}
		audit.record("tender.offer.read", "tender", tenderId, "offer " + offerId + " by " + user.getUsername());
		return new OfferReading(t, o, content, entries);
	}

	public record FileDownload(String name, byte[] bytes) {
	}

	public FileDownload file(CurrentUser user, long tenderId, long fileId) {
		Tender t = view(tenderId);
		OfferFile f = files.findById(fileId).filter(x -> x.getTenderId() == tenderId)
			.orElseThrow(() -> DomainException.notFound("tender.file.notFound", fileId));
		TenderOffer o = readableOffer(user, t, f.getOfferId());
		if (o.getStatus() == OfferStatus.WITHDRAWN) {
			throw DomainException.notFound("tender.file.notFound", fileId);
		}
		FileDownload download;
		try {
			download = new FileDownload(sealer.unsealName(t, f), sealer.unsealContent(t, f));
		}
		catch (SealedBox.BrokenSeal e) {
			log.error("Tender {}: file {} does not decrypt: {}", tenderId, fileId, e.getMessage());
			throw DomainException.conflict("tender.offer.brokenSeal");
		}
		audit.record("tender.file.read", "tender", tenderId, "file " + fileId + " by " + user.getUsername());
		return download;
	}

	/** Receipts of the user's own attachments (they stay sealed until the opening). */
	@Transactional(readOnly = true)
	public List<OfferFile> ownFiles(CurrentUser user, long tenderId) {
		return ownOffer(user, tenderId).map(o -> files.findByOfferIdOrderByIdAsc(o.getId())).orElse(List.of());
	}

	/** The ranking: every offer for the owner's side and administrators once ranked; a bidder's own row only. */
	@Transactional(readOnly = true)
	public List<TenderOffer> ranking(CurrentUser user, long tenderId) {
		Tender t = view(tenderId);
		if (t.getRankedAt() == null) {
			throw DomainException.conflict("tender.ranking.notYet");
		}
		List<TenderOffer> all = offers.findByTenderIdOrderByIdAsc(tenderId).stream()
			.filter(o -> o.getStatus() == OfferStatus.VALID || o.getStatus() == OfferStatus.AWARDED
					|| o.getStatus() == OfferStatus.NOT_AWARDED && o.isScored())
			.sorted(java.util.Comparator.comparing((TenderOffer o) -> o.getRank() == null ? Integer.MAX_VALUE : o.getRank()))
			.toList();
		if (mayManage(user, t)) {
			return all;
		}
		if (user == null) {
			throw notFound(tenderId);
		}
		return all.stream().filter(o -> user.belongsTo(o.getBidderOrganisationId())).toList();
	}

	// ------------------------------------------------------------------ creating

	/** Publishes a tender; it takes offers at once. */
	public Tender create(CurrentUser user, TenderDraft d) {
		if (!trader(user)) {
			throw DomainException.forbidden("tender.create.notAllowed");
		}
		OrganisationSummary owner = verifiedOrganisation(user);
		List<FieldViolation> v = new ArrayList<>();
		if (d.kind() == null) {
			v.add(FieldViolation.of("kind", "tender.kind.required"));
		}
		String title = d.title() == null ? "" : d.title().strip();
		if (title.length() < 5 || title.length() > 200) {
			v.add(FieldViolation.of("title", "tender.title.length", 5, 200));
		}
		String description = d.description() == null ? "" : d.description().strip();
		if (description.length() < 20 || description.length() > 10000) {
			v.add(FieldViolation.of("description", "tender.description.length", 20, 10000));
		}
		AchievementSummary achievement = null;
		if (d.kind() == TenderKind.SELL) {
			if (d.achievementId() == null) {
				v.add(FieldViolation.of("achievementId", "tender.achievement.required"));
			}
			else {
				achievement = achievements.findHeldBy(d.achievementId(), owner.id())
					.filter(a -> a.status().isPublic())
					.orElse(null);
				if (achievement == null) {
					v.add(FieldViolation.of("achievementId", "tender.achievement.notHeld"));
				}
			}
			if (d.method() == null) {
				v.add(FieldViolation.of("method", "tender.method.required"));
			}
		}
		else if (d.kind() == TenderKind.BUY && d.achievementId() != null) {
			v.add(FieldViolation.of("achievementId", "tender.achievement.notForBuy"));
		}
		TradeTerms terms = TermsRules.check(d.method(), d.licenceMode(), d.licenceTerm(), d.territory(), v);
		if (d.priceLimit() != null && !Money.isValid(d.priceLimit())) {
			v.add(FieldViolation.of("priceLimit", "tender.amount.invalid"));
		}
		if (d.priceWeight() == null || d.priceWeight().signum() < 0 || d.priceWeight().compareTo(BigDecimal.valueOf(100)) > 0
				|| d.priceWeight().stripTrailingZeros().scale() > 2) {
			v.add(FieldViolation.of("priceWeight", "tender.priceWeight.range"));
		}
		List<Criterion> criteria = criteria(d.criteria(), v);
		BigDecimal pass = d.passThreshold() == null ? properties.passThreshold() : d.passThreshold();
		if (pass.signum() < 0 || pass.compareTo(BigDecimal.valueOf(100)) > 0) {
			v.add(FieldViolation.of("passThreshold", "tender.passThreshold.range"));
		}
		BigDecimal deposit = d.deposit() == null || d.deposit().signum() == 0 ? null : d.deposit();
		if (deposit != null && !Money.isValid(deposit)) {
			v.add(FieldViolation.of("deposit", "tender.amount.invalid"));
		}
		Instant now = clock.instant();
		Instant earliest = now.plus(properties.minimumOfferPeriod());
		if (d.deadline() == null) {
			v.add(FieldViolation.of("deadline", "tender.deadline.required"));
		}
		else if (d.deadline().isBefore(earliest)) {
			v.add(FieldViolation.of("deadline", "tender.deadline.tooSoon", properties.minimumOfferPeriod().toDays(),
					shown(earliest)));
		}
		if (d.openingAt() == null) {
			v.add(FieldViolation.of("openingAt", "tender.opening.required"));
		}
		else if (d.deadline() != null && (d.openingAt().isBefore(d.deadline())
				|| d.openingAt().isAfter(d.deadline().plus(properties.maximumOpeningDelay())))) {
			v.add(FieldViolation.of("openingAt", "tender.opening.range", properties.maximumOpeningDelay().toDays()));
		}
		if (!v.isEmpty()) {
			throw DomainException.invalid(v);
		}
		Tender t = tenders.save(new Tender(d.kind(), owner.id(), owner.name(), user.getUsername(), title, description,
				achievement == null ? null : achievement.id(), achievement == null ? null : achievement.title(), terms,
				Money.normal(d.priceLimit()), d.priceWeight(), criteria, pass, Money.normal(deposit), d.deadline(),
				d.openingAt(), null, Map.of(), clock));
		sealer.newDataKey(t);
		audit.record("tender.create", "tender", t.getId(), t.getKind() + " deadline " + t.getDeadline() + " opening "
				+ t.getOpeningAt() + " price weight " + t.getPriceWeight());
		return t;
	}

	private List<Criterion> criteria(List<Criterion> given, List<FieldViolation> v) {
		List<Criterion> clean = new ArrayList<>();
		Set<String> names = new HashSet<>();
		List<Criterion> rows = given == null ? List.of() : given;
		for (int i = 0; i < rows.size(); i++) {
			Criterion c = rows.get(i);
			if (c == null || (c.getName() == null || c.getName().isBlank()) && c.getWeight() == null) {
				continue; // an empty row of the form
			}
			String name = c.getName() == null ? "" : c.getName().strip();
			if (name.isEmpty() || name.length() > 60) {
				v.add(FieldViolation.of("criteria[" + i + "].name", "tender.criterion.name", 60));
			}
			else if (!names.add(name)) {
				v.add(FieldViolation.of("criteria[" + i + "].name", "tender.criterion.duplicate", name));
			}
			if (c.getWeight() == null || c.getWeight().signum() <= 0 || c.getWeight().compareTo(BigDecimal.valueOf(1000)) > 0) {
				v.add(FieldViolation.of("criteria[" + i + "].weight", "tender.criterion.weight"));
			}
			clean.add(new Criterion(name, c.getWeight()));
		}
		if (clean.isEmpty()) {
			v.add(FieldViolation.of("criteria", "tender.criteria.required"));
		}
		else if (clean.size() > 10) {
			v.add(FieldViolation.of("criteria", "tender.criteria.tooMany", 10));
		}
		return clean;
	}

	/** What a listing with two or more qualified buyers becomes when its seller chose a tender. */
	public record Conversion(long listingId, long sellerOrganisationId, String sellerName, long achievementId,
			String achievementTitle, TradeTerms terms, BigDecimal listingPrice, BigDecimal priceWeight,
			Map<Long, Long> buyerDeposits) {
	}

	/**
	 * An invited seller's tender among a listing's qualified buyers, in the caller's transaction: offers at or above the
	 * listing price, the buyers' listing deposits securing their offers, the minimum offer period, opening at the deadline.
	 */
	public Tender convert(Conversion c) {
		Instant deadline = clock.instant().plus(properties.minimumOfferPeriod());
		String description = "本成果挂牌期满，有 " + c.buyerDeposits().size() + " 家合格意向受让方，按转让方挂牌时的选择转为在其间的邀请招标。"
				+ "报价不得低于挂牌价 " + Money.text(c.listingPrice()) + " 元；挂牌时缴纳的保证金继续有效。请提交报价及受让后的实施方案。";
		Tender t = tenders.save(new Tender(TenderKind.SELL, c.sellerOrganisationId(), c.sellerName(), SYSTEM,
				c.achievementTitle(), description, c.achievementId(), c.achievementTitle(), c.terms(),
				Money.normal(c.listingPrice()), c.priceWeight(), properties.defaultCriteria(), properties.passThreshold(), null,
				deadline, deadline, c.listingId(), new LinkedHashMap<>(c.buyerDeposits()), clock));
		sealer.newDataKey(t);
		audit.record("tender.create", "tender", t.getId(), "from listing " + c.listingId() + ", invited "
				+ c.buyerDeposits().keySet());
		for (Long org : c.buyerDeposits().keySet()) {
			notifyOrganisation(org, "tender.inbox.invited", List.of(t.getTitle(), shown(deadline)), "/tenders/" + t.getId());
		}
		return t;
	}

	// ------------------------------------------------------------------ offers

	/** Submits (or, before the deadline, replaces) the organisation's sealed offer. */
	public TenderOffer submit(CurrentUser user, long tenderId, OfferDraft d) {
		Tender t = tenders.findByIdForUpdate(tenderId).orElseThrow(() -> notFound(tenderId));
		if (!trader(user)) {
			throw DomainException.forbidden("tender.offer.notAllowed");
		}
		OrganisationSummary bidder = verifiedOrganisation(user);
		if (bidder.id() == t.getOwnerOrganisationId()) {
			throw DomainException.forbidden("tender.offer.ownTender");
		}
		if (!t.mayBid(bidder.id())) {
			throw DomainException.forbidden("tender.offer.notInvited");
		}
		if (!t.takesOffers(clock)) {
			throw DomainException.conflict("tender.offers.closed", shown(t.getDeadline()));
		}
		List<FieldViolation> v = new ArrayList<>();
		if (!Money.isValid(d.price())) {
			v.add(FieldViolation.of("price", "tender.amount.invalid"));
		}
		else if (t.getPriceLimit() != null && t.getKind() == TenderKind.SELL && d.price().compareTo(t.getPriceLimit()) < 0) {
			v.add(FieldViolation.of("price", "tender.offer.price.belowMinimum", Money.text(t.getPriceLimit())));
		}
		else if (t.getPriceLimit() != null && t.getKind() == TenderKind.BUY && d.price().compareTo(t.getPriceLimit()) > 0) {
			v.add(FieldViolation.of("price", "tender.offer.price.aboveBudget", Money.text(t.getPriceLimit())));
		}
		String proposal = d.proposal() == null ? "" : d.proposal().strip();
		if (proposal.length() < properties.proposalMinLength() || proposal.length() > properties.proposalMaxLength()) {
			v.add(FieldViolation.of("proposal", "tender.offer.proposal.length", properties.proposalMinLength(),
					properties.proposalMaxLength()));
		}
		if (d.achievementId() != null) {
			if (t.getKind() != TenderKind.BUY || t.terms() == null) {
				v.add(FieldViolation.of("achievementId", "tender.offer.achievement.notExpected"));
			}
			else if (achievements.findHeldBy(d.achievementId(), bidder.id()).filter(a -> a.status().isPublic()).isEmpty()) {
				v.add(FieldViolation.of("achievementId", "tender.offer.achievement.notHeld"));
			}
		}
		if (!v.isEmpty()) {
			throw DomainException.invalid(v);
		}
		TenderOffer offer = offers.findByTenderIdAndBidderOrganisationId(tenderId, bidder.id()).orElse(null);
		boolean replacing = offer != null;
		if (offer != null && offer.getStatus() == OfferStatus.WITHDRAWN) {
			throw DomainException.conflict("tender.offer.withdrawnForGood");
		}
		if (offer == null) {
			Long depositId = null;
			if (t.isInvited()) {
				depositId = t.getInvitees().get(bidder.id());
			}
			else if (t.getDeposit() != null) {
				depositId = deposits.require(new DepositSubject("tender", tenderId), bidder.id(), t.getDeposit()).id();
			}
			offer = new TenderOffer(tenderId, bidder.id(), bidder.name(), user.id(), user.getUsername(), depositId);
		}
		int revision = offer.nextRevision();
		Sealer.Sealed sealed = sealer.seal(t, bidder.id(), revision,
				new OfferContent(Money.normal(d.price()), proposal, d.achievementId()));
		offer.seal(revision, sealed.bytes(), sealed.receipt(), user.getUsername(), user.id(), clock);
		offer = offers.save(offer);
		// the price stays out of the audit trail: it is sealed
		audit.record(replacing ? "tender.offer.replace" : "tender.offer.submit", "tender", tenderId,
				"offer " + offer.getId() + " revision " + revision + " receipt " + sealed.receipt());
		return offer;
	}

	/** Adds a PDF to the organisation's sealed offer, sealed too (before the deadline). */
	public OfferFile attach(CurrentUser user, long tenderId, String fileName, long size, InputStream content) {
		Tender t = tenders.findByIdForUpdate(tenderId).orElseThrow(() -> notFound(tenderId));
		TenderOffer offer = ownOffer(user, tenderId).filter(o -> trader(user))
			.orElseThrow(() -> DomainException.notFound("tender.offer.notFound", tenderId));
		if (!t.takesOffers(clock) || offer.getStatus() != OfferStatus.SEALED) {
			throw DomainException.conflict("tender.offers.closed", shown(t.getDeadline()));
		}
		if (files.countByOfferId(offer.getId()) >= properties.attachmentsMax()) {
			throw DomainException.invalid(List.of(FieldViolation.of("file", "tender.file.tooMany", properties.attachmentsMax())));
		}
		long max = properties.attachmentMaxBytes();
		if (size > max) {
			throw DomainException.invalid(List.of(FieldViolation.of("file", "tender.file.tooLarge", max / 1024 / 1024)));
		}
		byte[] bytes;
		try (InputStream in = content) {
			bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (bytes.length > max) {
			throw DomainException.invalid(List.of(FieldViolation.of("file", "tender.file.tooLarge", max / 1024 / 1024)));
		}
		if (bytes.length < 5 || bytes[0] != '%' || bytes[1] != 'P' || bytes[2] != 'D' || bytes[3] != 'F') {
			throw DomainException.invalid(List.of(FieldViolation.of("file", "tender.file.pdfOnly")));
		}
		OfferFile file = new OfferFile(offer.getId(), tenderId, offer.getBidderOrganisationId(), clock.instant());
		sealer.seal(t, file, FileStore.safeFileName(fileName), bytes);
		file = files.save(file);
		audit.record("tender.file.add", "tender", tenderId, "offer " + offer.getId() + " file " + file.getId() + " receipt "
				+ file.getReceipt());
		return file;
	}

	/** Withdraws the organisation's offer before the deadline, for good; its deposit is released. */
	public TenderOffer withdraw(CurrentUser user, long tenderId) {
		Tender t = tenders.findByIdForUpdate(tenderId).orElseThrow(() -> notFound(tenderId));
		TenderOffer offer = ownOffer(user, tenderId).filter(o -> trader(user))
			.orElseThrow(() -> DomainException.notFound("tender.offer.notFound", tenderId));
		if (!t.takesOffers(clock)) {
			throw DomainException.conflict("tender.offers.closed", shown(t.getDeadline()));
		}
		offer.withdraw();
		if (offer.getDepositId() != null) {
			release(offer.getDepositId(), "tender offer withdrawn");
		}
		audit.record("tender.offer.withdraw", "tender", tenderId, "offer " + offer.getId());
		return offer;
	}

	// ------------------------------------------------------------------ opening, evaluation, award

	private Tender managed(CurrentUser user, long tenderId) {
		Tender t = tenders.findByIdForUpdate(tenderId).orElseThrow(() -> notFound(tenderId));
		if (!mayManage(user, t)) {
			throw notFound(tenderId);
		}
		return t;
	}

	private static void requireAdmin(CurrentUser user) {
		if (user == null || !user.isAdmin()) {
			throw DomainException.forbidden();
		}
	}

	/**
	 * The audited opening (开标), at or after the opening time, by the owner's side or an administrator: every sealed offer is
	 * decrypted; an offer whose required deposit was not confirmed by the deadline, or whose seal is broken, is rejected; the
	 * prices of valid offers are revealed (the proposals stay encrypted at rest). No valid offer fails the tender.
	 */
	public Tender open(CurrentUser user, long tenderId) {
		Tender t = managed(user, tenderId);
		t.beginOpening(user.getUsername(), shown(t.getOpeningAt()), clock);
		List<TenderOffer> all = offers.findByTenderIdOrderByIdAsc(tenderId);
		int count = 0;
		int valid = 0;
		for (TenderOffer o : all) {
			if (o.getStatus() != OfferStatus.SEALED) {
				continue;
			}
			count++;
			OfferContent content;
			try {
				content = sealer.unseal(t, o);
			}
			catch (SealedBox.BrokenSeal e) {
				o.reject("tender.offer.rejected.brokenSeal");
				audit.record("tender.offer.brokenSeal", "tender", tenderId, "offer " + o.getId() + ": " + e.getMessage());
				log.error("Tender {}: the seal of offer {} is broken", tenderId, o.getId());
				continue;
			}
			if (!t.isInvited() && t.getDeposit() != null && !depositConfirmedBy(o.getDepositId(), t.getDeadline())) {
				o.reject("tender.offer.rejected.deposit");
				continue;
			}
			o.admit(content.price(), content.achievementId());
			valid++;
		}
		t.opened(count, valid);
		audit.record("tender.open", "tender", tenderId, "opened by " + user.getUsername() + " at " + t.getOpenedAt() + ": "
				+ count + " offers, " + valid + " valid");
		if (t.getStatus() == TenderStatus.FAILED) {
			endOffers(t, null, "tender failed at opening: no valid offer");
		}
		notifyOwner(t, "tender.inbox.opened", List.of(t.getTitle(), String.valueOf(count), String.valueOf(valid)));
		for (TenderOffer o : all) {
			if (o.getStatus() != OfferStatus.WITHDRAWN) {
				inbox.deliver(o.getUserId(), "tender.inbox.offerOpened." + (o.getStatus() == OfferStatus.REJECTED ? "rejected"
						: "valid"), List.of(t.getTitle()), "/tenders/" + tenderId);
			}
		}
		return t;
	}

	private boolean depositConfirmedBy(Long depositId, Instant deadline) {
		if (depositId == null) {
			return false;
		}
		return deposits.find(depositId)
			.filter(d -> d.status() == DepositStatus.CONFIRMED && d.confirmedAt() != null && !d.confirmedAt().isAfter(deadline))
			.isPresent();
	}

	/**
	 * Draws an expert panel with recusal for every valid offer (one review each, through the evaluation module; the bidders and
	 * the owner are the parties, so their experts are recused), with the tender's published criteria and pass mark.
	 * Administrators only (the evaluation module opens reviews for administrators).
	 */
	public Tender startEvaluation(CurrentUser admin, long tenderId, Integer panelSize) {
		requireAdmin(admin);
		Tender t = tenders.findByIdForUpdate(tenderId).orElseThrow(() -> notFound(tenderId));
		if (t.getStatus() != TenderStatus.OPENED) {
			throw DomainException.conflict("tender.transition", t.getStatus().name(), TenderStatus.EVALUATING.name());
		}
		int size = panelSize == null ? properties.panelSize() : panelSize;
		List<CriterionSpec> criteria = t.getCriteria().stream().map(c -> new CriterionSpec(c.getName(), c.getWeight())).toList();
		for (TenderOffer o : offers.findByTenderIdOrderByIdAsc(tenderId)) {
			if (o.getStatus() != OfferStatus.VALID) {
				continue;
			}
			ReviewSummary review = reviews.open(admin, new OpenReview(ReviewSubjectType.TENDER_OFFER, o.getId(), size, criteria,
					null, false, ReviewVisibility.PARTIES, t.getPassThreshold()));
			o.reviewOpened(review.id());
		}
		t.startEvaluation(clock);
		audit.record("tender.evaluation.start", "tender", tenderId, "panels of " + size);
		return t;
	}

	/** A panel's published result of an offer: recorded; when every valid offer has one, the tender is ranked. */
	@EventListener
	public void on(ReviewPublished event) {
		if (event.subjectType() != ReviewSubjectType.TENDER_OFFER) {
			return;
		}
		TenderOffer o = offers.findById(event.subjectId()).orElse(null);
		if (o == null || o.getReviewId() == null || o.getReviewId() != event.reviewId()) {
			return;
		}
		Tender t = tenders.findByIdForUpdate(o.getTenderId()).orElse(null);
		if (t == null || t.getStatus() != TenderStatus.EVALUATING || o.getStatus() != OfferStatus.VALID) {
			return;
		}
		boolean passed = event.outcome() == ReviewOutcome.PASSED && event.score() != null;
		o.technicalResult(event.score(), passed);
		audit.record("tender.offer.scored", "tender", t.getId(), "offer " + o.getId() + " panel " + event.score() + " "
				+ event.outcome());
		List<TenderOffer> valid = offers.findByTenderIdOrderByIdAsc(t.getId()).stream()
			.filter(x -> x.getStatus() == OfferStatus.VALID)
			.toList();
		if (valid.stream().allMatch(TenderOffer::isScored)) {
			rank(t, valid);
		}
	}

	private void rank(Tender t, List<TenderOffer> valid) {
		List<Scoring.Entry> entries = valid.stream()
			.map(o -> new Scoring.Entry(o.getId(), o.getPrice(), o.getTechnicalScore(), o.getTechnicalPassed(),
					o.getSubmittedAt()))
			.toList();
		Map<Long, TenderOffer> byId = new LinkedHashMap<>();
		valid.forEach(o -> byId.put(o.getId(), o));
		for (Scoring.Result r : Scoring.rank(t.getKind(), t.getPriceWeight(), entries)) {
			byId.get(r.offerId()).scored(r.priceScore(), r.total(), r.rank());
		}
		t.ranked(clock);
		audit.record("tender.ranked", "tender", t.getId(), valid.size() + " offers");
		notifyOwner(t, "tender.inbox.ranked", List.of(t.getTitle()));
	}

	/**
	 * Awards the tender to the first-ranked offer with published reasons. A trade of an achievement becomes a deal (origin
	 * TENDER): a seller's tender sells the tender's achievement to the winner (its deposit counts toward the price); a buyer's
	 * tender for a technology buys the achievement the winning offer named. A buyer's tender for R&amp;D services records the award
	 * only: its contract is a technology development or service contract the parties register (contract module). Every other
	 * deposit is released.
	 */
	public Tender award(CurrentUser user, long tenderId, String reasons) {
		Tender t = managed(user, tenderId);
		String clean = reasons(reasons);
		if (t.getStatus() != TenderStatus.EVALUATING) {
			throw DomainException.conflict("tender.transition", t.getStatus().name(), TenderStatus.AWARDED.name());
		}
		if (t.getRankedAt() == null) {
			throw DomainException.conflict("tender.award.notRanked");
		}
		TenderOffer winner = offers.findByTenderIdOrderByIdAsc(tenderId).stream()
			.filter(o -> o.getStatus() == OfferStatus.VALID && Integer.valueOf(1).equals(o.getRank()))
			.findFirst()
			.orElseThrow(() -> DomainException.conflict("tender.award.noneQualified"));
		t.award(winner, clean, user.getUsername(), clock);
		winner.award();
		Long applied = null;
		DealProposal proposal = null;
		if (t.getKind() == TenderKind.SELL) {
			applied = winner.getDepositId() != null && confirmed(winner.getDepositId()) ? winner.getDepositId() : null;
			proposal = new DealProposal(DealOrigin.TENDER, tenderId, t.getAchievementId(), t.getOwnerOrganisationId(),
					winner.getBidderOrganisationId(), t.terms(), winner.getPrice(), applied == null ? List.of() : List.of(applied));
		}
		else if (t.terms() != null && winner.getAchievementId() != null) {
			proposal = new DealProposal(DealOrigin.TENDER, tenderId, winner.getAchievementId(),
					winner.getBidderOrganisationId(), t.getOwnerOrganisationId(), t.terms(), winner.getPrice(), List.of());
		}
		if (proposal != null) {
			long dealId = deals.agree(proposal);
			t.dealAgreed(dealId);
		}
		endOffers(t, applied, "tender awarded to another offer");
		audit.record("tender.award", "tender", tenderId, "offer " + winner.getId() + " " + winner.getBidderName() + " "
				+ Money.text(winner.getPrice()) + " score " + winner.getTotalScore()
				+ (t.getDealId() == null ? ", no deal (R&D services)" : ", deal " + t.getDealId()));
		for (TenderOffer o : offers.findByTenderIdOrderByIdAsc(tenderId)) {
			if (o.getStatus() == OfferStatus.AWARDED || o.getStatus() == OfferStatus.NOT_AWARDED) {
				inbox.deliver(o.getUserId(), o.getStatus() == OfferStatus.AWARDED ? "tender.inbox.won" : "tender.inbox.lost",
						List.of(t.getTitle()), "/tenders/" + tenderId);
			}
		}
		return t;
	}

	/** Declares the tender failed with published reasons (e.g. no offer passed the technical review); deposits released. */
	public Tender fail(CurrentUser user, long tenderId, String reasons) {
		Tender t = managed(user, tenderId);
		String clean = reasons(reasons);
		if (t.getStatus() != TenderStatus.OPENED && t.getStatus() != TenderStatus.EVALUATING) {
			throw DomainException.conflict("tender.transition", t.getStatus().name(), TenderStatus.FAILED.name());
		}
		t.fail(clean, user.getUsername(), clock);
		endOffers(t, null, "tender failed");
		audit.record("tender.fail", "tender", tenderId, clean);
		for (TenderOffer o : offers.findByTenderIdOrderByIdAsc(tenderId)) {
			if (o.getStatus() == OfferStatus.NOT_AWARDED) {
				inbox.deliver(o.getUserId(), "tender.inbox.failed", List.of(t.getTitle()), "/tenders/" + tenderId);
			}
		}
		return t;
	}

	/** The owner's side (or an administrator) cancels before the deadline, with reasons; deposits released. */
	public Tender cancel(CurrentUser user, long tenderId, String reasons) {
		Tender t = managed(user, tenderId);
		String clean = reasons(reasons);
		t.cancel(clean, user.getUsername(), clock);
		endOffers(t, null, "tender cancelled");
		audit.record("tender.cancel", "tender", tenderId, clean);
		for (TenderOffer o : offers.findByTenderIdOrderByIdAsc(tenderId)) {
			if (o.getStatus() == OfferStatus.NOT_AWARDED) {
				inbox.deliver(o.getUserId(), "tender.inbox.cancelled", List.of(t.getTitle()), "/tenders/" + tenderId);
			}
		}
		return t;
	}

	private static String reasons(String reasons) {
		String clean = reasons == null ? "" : reasons.strip();
		if (clean.isEmpty() || clean.length() > 4000) {
			throw DomainException.invalid(List.of(FieldViolation.of("reasons", "tender.reasons.required", 4000)));
		}
		return clean;
	}

	/** Every open offer that did not win ends; every deposit the tender holds but {@code applied} is released. */
	private void endOffers(Tender t, Long applied, String why) {
		Set<Long> held = new LinkedHashSet<>(t.getInvitees().values());
		for (TenderOffer o : offers.findByTenderIdOrderByIdAsc(t.getId())) {
			o.lose();
			if (o.getDepositId() != null) {
				held.add(o.getDepositId());
			}
		}
		held.remove(null);
		if (applied != null) {
			held.remove(applied);
		}
		held.forEach(id -> release(id, why));
	}

	private boolean confirmed(long depositId) {
		return deposits.find(depositId).filter(d -> d.status() == DepositStatus.CONFIRMED).isPresent();
	}

	private void release(long depositId, String why) {
		Optional<DepositView> d = deposits.find(depositId);
		if (d.isPresent() && (d.get().status() == DepositStatus.PENDING || d.get().status() == DepositStatus.CONFIRMED)) {
			deposits.release(depositId, why);
		}
	}

	private void notifyOwner(Tender t, String key, List<String> args) {
		notifyOrganisation(t.getOwnerOrganisationId(), key, args, "/tenders/" + t.getId());
	}

	private void notifyOrganisation(long organisationId, String key, List<String> args, String link) {
		for (CurrentUser member : users.members(organisationId)) {
			if (trader(member)) {
				inbox.deliver(member.id(), key, args, link);
			}
		}
	}
}
