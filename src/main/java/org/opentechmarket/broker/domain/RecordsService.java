package org.opentechmarket.broker.domain;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.broker.PointSource;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.FileStore;
import org.opentechmarket.platform.Inbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainings given and offline deals (线下成交登记): the broker records them with evidence, an administrator verifies or rejects
 * them, and only verification pays points (TRAINING_GIVEN, DEAL_COMPLETED by amount band).
 */
@Service
@Transactional
public class RecordsService {

	private final Trainings trainings;
	private final OfflineDeals deals;
	private final BrokerProfiles profiles;
	private final PointLedger ledger;
	private final FileStore files;
	private final Inbox inbox;
	private final AuditLog audit;
	private final BrokerProperties properties;
	private final Clock clock;
	private final org.opentechmarket.achievement.Achievements achievements;

	public RecordsService(Trainings trainings, OfflineDeals deals, BrokerProfiles profiles, PointLedger ledger, FileStore files,
			Inbox inbox, AuditLog audit, BrokerProperties properties, Clock clock,
			org.opentechmarket.achievement.Achievements achievements) {
		this.achievements = achievements;
		this.trainings = trainings;
		this.deals = deals;
		this.profiles = profiles;
		this.ledger = ledger;
		this.files = files;
		this.inbox = inbox;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** The uploaded contract or training evidence, or null when none was sent. */
	public record Upload(String fileName, long size, InputStream content) {
	}

	// ------------------------------------------------------------------ trainings

	public Training recordTraining(CurrentUser broker, String title, LocalDate givenOn, BigDecimal hours, Integer audience,
			Upload evidence) {
		requireProfile(broker);
		List<FieldViolation> v = new ArrayList<>();
		if (title == null || title.isBlank()) {
			v.add(FieldViolation.of("title", "validation.required"));
		}
		else if (title.strip().length() > 200) {
			v.add(FieldViolation.of("title", "validation.size.max", 200));
		}
		checkDate(givenOn, "givenOn", v);
		if (hours == null) {
			v.add(FieldViolation.of("hours", "validation.required"));
		}
		else if (hours.signum() <= 0 || hours.compareTo(new BigDecimal("1000")) >= 0 || hours.scale() > 1) {
			v.add(FieldViolation.of("hours", "broker.training.hours.invalid"));
		}
		if (audience == null) {
			v.add(FieldViolation.of("audienceSize", "validation.required"));
		}
		else if (audience < 1 || audience > 100_000) {
			v.add(FieldViolation.of("audienceSize", "broker.training.audience.invalid"));
		}
		requireEvidence(evidence, v);
		BrokerService.failOn(v);
		EvidenceFile file = store(evidence);
		Training t = trainings.save(new Training(broker.id(), title.strip(), givenOn, hours, audience, file, clock));
		audit.record("broker.training.record", "broker-training", t.getId(), t.getTitle() + " sha256=" + file.sha256());
		return t;
	}

	public Training decideTraining(CurrentUser admin, long id, boolean verified, String note) {
		BrokerService.requireAdmin(admin);
		Training t = trainings.findById(id).orElseThrow(() -> DomainException.notFound("broker.record.notFound", id));
		t.decide(verified, note, admin.getUsername(), clock);
		audit.record(verified ? "broker.training.verify" : "broker.training.reject", "broker-training", id, note);
		if (verified) {
			ledger.award(t.getBrokerUserId(), PointSource.TRAINING_GIVEN, t.pointReference(), null, admin.getUsername());
		}
		inbox.deliver(t.getBrokerUserId(), verified ? "broker.inbox.trainingVerified" : "broker.inbox.trainingRejected",
				List.of(t.getTitle()), "/broker#trainings");
		return t;
	}

	@Transactional(readOnly = true)
	public List<Training> trainingsOf(CurrentUser viewer, long brokerUserId) {
		requireSelfOrAdmin(viewer, brokerUserId);
		return trainings.findByBrokerUserIdOrderByGivenOnDescIdDesc(brokerUserId);
	}

	@Transactional(readOnly = true)
	public List<Training> pendingTrainings(CurrentUser admin) {
		BrokerService.requireAdmin(admin);
		return trainings.findByStatusOrderByRecordedAtAsc(Verification.RECORDED);
	}

	// ------------------------------------------------------------------ offline deals

	public OfflineDeal recordDeal(CurrentUser broker, String seller, String buyer, Long achievementId, LocalDate signedOn,
			DealTerms terms, Upload evidence) {
		requireProfile(broker);
		List<FieldViolation> v = new ArrayList<>();
		party(seller, "seller", v);
		party(buyer, "buyer", v);
		checkDate(signedOn, "signedOn", v);
		if (achievementId != null && achievements.find(achievementId).isEmpty()) {
			v.add(FieldViolation.of("achievementId", "achievement.notFound", achievementId));
		}
		if (terms.contractAmount() == null) {
			v.add(FieldViolation.of("contractAmount", "validation.required"));
		}
		else if (terms.contractAmount().signum() <= 0 || terms.contractAmount().scale() > 2
				|| terms.contractAmount().compareTo(new BigDecimal("1e14")) >= 0) {
			v.add(FieldViolation.of("contractAmount", "broker.deal.amount.invalid"));
		}
		if (terms.commissionAmount() != null && terms.commissionRate() != null) {
			v.add(FieldViolation.of("commissionRate", "broker.deal.commission.oneOf"));
		}
		if (terms.commissionAmount() != null && (terms.commissionAmount().signum() < 0 || terms.commissionAmount().scale() > 2
				|| terms.contractAmount() != null && terms.commissionAmount().compareTo(terms.contractAmount()) > 0)) {
			v.add(FieldViolation.of("commissionAmount", "broker.deal.commission.invalid"));
		}
		rate(terms.commissionRate(), "commissionRate", v);
		if (terms.rewardPool() != null && (terms.rewardPool().signum() < 0 || terms.rewardPool().scale() > 2)) {
			v.add(FieldViolation.of("rewardPool", "broker.deal.amount.invalid"));
		}
		rate(terms.staffShare(), "staffShare", v);
		requireEvidence(evidence, v);
		BrokerService.failOn(v);
		EvidenceFile file = store(evidence);
		OfflineDeal d = deals.save(new OfflineDeal(broker.id(), seller.strip(), buyer.strip(), achievementId, signedOn, terms,
				file, clock));
		audit.record("broker.deal.record", "broker-deal", d.getId(),
				d.getContractAmount().toPlainString() + " sha256=" + file.sha256());
		return d;
	}

	public OfflineDeal decideDeal(CurrentUser admin, long id, boolean verified, String note) {
		BrokerService.requireAdmin(admin);
		OfflineDeal d = deals.findById(id).orElseThrow(() -> DomainException.notFound("broker.record.notFound", id));
		d.decide(verified, note, admin.getUsername(), clock);
		audit.record(verified ? "broker.deal.verify" : "broker.deal.reject", "broker-deal", id, note);
		if (verified) {
			ledger.award(d.getBrokerUserId(), PointSource.DEAL_COMPLETED, d.pointReference(), d.getContractAmount(),
					admin.getUsername());
		}
		inbox.deliver(d.getBrokerUserId(), verified ? "broker.inbox.dealVerified" : "broker.inbox.dealRejected",
				List.of(d.getBuyer(), d.getContractAmount().toPlainString()), "/broker#deals");
		return d;
	}

	@Transactional(readOnly = true)
	public List<OfflineDeal> dealsOf(CurrentUser viewer, long brokerUserId) {
		requireSelfOrAdmin(viewer, brokerUserId);
		return deals.findByBrokerUserIdOrderBySignedOnDescIdDesc(brokerUserId);
	}

	@Transactional(readOnly = true)
	public List<OfflineDeal> pendingDeals(CurrentUser admin) {
		BrokerService.requireAdmin(admin);
		return deals.findByStatusOrderByRecordedAtAsc(Verification.RECORDED);
	}

	/** The share floor the pages compare each deal with. */
	public BigDecimal minimumStaffShare() {
		return properties.reward().minimumStaffShare();
	}

	// ------------------------------------------------------------------ evidence

	/** A training's or deal's evidence file for the broker who recorded it or an administrator; 404 for anyone else. */
	@Transactional(readOnly = true)
	public Evidence evidence(CurrentUser viewer, String kind, long id) {
		EvidenceFile file;
		long owner;
		if ("training".equals(kind)) {
			Training t = trainings.findById(id).orElseThrow(() -> DomainException.notFound("broker.record.notFound", id));
			file = t.getEvidence();
			owner = t.getBrokerUserId();
		}
		else if ("deal".equals(kind)) {
			OfflineDeal d = deals.findById(id).orElseThrow(() -> DomainException.notFound("broker.record.notFound", id));
			file = d.getEvidence();
			owner = d.getBrokerUserId();
		}
		else {
			throw DomainException.notFound("broker.record.notFound", id);
		}
		if (viewer == null || !(viewer.isAdmin() || viewer.id() == owner)) {
			throw DomainException.notFound("broker.record.notFound", id);
		}
		return new Evidence(file, files.path(file.key()));
	}

	public record Evidence(EvidenceFile file, Path path) {
	}

	// ------------------------------------------------------------------ helpers

	private void requireProfile(CurrentUser broker) {
		BrokerService.requireBroker(broker);
		BrokerProfile p = profiles.findById(broker.id()).orElseThrow(() -> DomainException.conflict("broker.profile.required"));
		if (p.getStatus() == BrokerStatus.WITHDRAWN) {
			throw DomainException.conflict("broker.withdrawn");
		}
	}

	private void checkDate(LocalDate date, String field, List<FieldViolation> v) {
		if (date == null) {
			v.add(FieldViolation.of(field, "validation.required"));
		}
		else if (date.isAfter(LocalDate.now(clock))) {
			v.add(FieldViolation.of(field, "validation.date.future"));
		}
	}

	private static void party(String name, String field, List<FieldViolation> v) {
		if (name == null || name.isBlank()) {
			v.add(FieldViolation.of(field, "validation.required"));
		}
		else if (name.strip().length() > 200) {
			v.add(FieldViolation.of(field, "validation.size.max", 200));
		}
	}

	private static void rate(BigDecimal rate, String field, List<FieldViolation> v) {
		if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0 || rate.scale() > 6)) {
			v.add(FieldViolation.of(field, "broker.deal.rate.invalid"));
		}
	}

	private static void requireEvidence(Upload evidence, List<FieldViolation> v) {
		if (evidence == null || evidence.size() <= 0) {
			v.add(FieldViolation.of("file", "evidence.file.empty"));
		}
	}

	private EvidenceFile store(Upload upload) {
		String name = FileStore.safeFileName(upload.fileName());
		FileStore.Stored stored = files.store(name, upload.size(), upload.content());
		return new EvidenceFile(stored.storageKey(), name, stored.contentType(), stored.sha256());
	}

	private static void requireSelfOrAdmin(CurrentUser viewer, long brokerUserId) {
		if (viewer == null || !(viewer.isAdmin() || viewer.id() == brokerUserId)) {
			throw DomainException.notFound("broker.notFound", brokerUserId);
		}
	}
}
