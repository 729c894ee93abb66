package org.opentechmarket.finance.domain;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.FileStore;
import org.opentechmarket.platform.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Valuation reports: recorded by the holder's INSTITUTION members (or an administrator) with the report as a PDF; read by
 * the holder, financiers and administrators. A report counts for the financeable list while its conclusion is valid
 * ({@code otm.finance.valuation.validity-months} from the base date).
 */
@Service
@Transactional
public class ValuationService {

	static final String PDF = "application/pdf";

	private final ValuationReports reports;
	private final Achievements achievements;
	private final Organisations organisations;
	private final FileStore store;
	private final FinanceProperties properties;
	private final AuditLog audit;
	private final Clock clock;

	ValuationService(ValuationReports reports, Achievements achievements, Organisations organisations, FileStore store,
			FinanceProperties properties, AuditLog audit, Clock clock) {
		this.reports = reports;
		this.achievements = achievements;
		this.organisations = organisations;
		this.store = store;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** The published achievement a valuation may be added to by this user; 404 when not public, 403 when not the holder. */
	@Transactional(readOnly = true)
	public AchievementSummary achievementFor(CurrentUser user, long achievementId) {
		AchievementSummary achievement = achievements.find(achievementId)
			.orElseThrow(() -> DomainException.notFound("finance.achievement.notFound", achievementId));
		if (!mayRecord(user, achievement)) {
			throw DomainException.forbidden("finance.valuation.holderOnly");
		}
		return achievement;
	}

	public ValuationReport record(CurrentUser user, ValuationForm form, String fileName, long size, InputStream content) {
		List<FieldViolation> violations = new ArrayList<>();
		AchievementSummary achievement = null;
		if (Checks.required(violations, "achievementId", form.getAchievementId())) {
			achievement = achievements.find(form.getAchievementId()).orElse(null);
			if (achievement == null) {
				violations.add(FieldViolation.of("achievementId", "finance.achievement.notFound", form.getAchievementId()));
			}
			else if (!mayRecord(user, achievement)) {
				throw DomainException.forbidden("finance.valuation.holderOnly");
			}
		}
		String valuerName = Checks.text(form.getValuerName());
		if (form.getValuerOrganisationId() != null) {
			Optional<OrganisationSummary> valuer = organisations.find(form.getValuerOrganisationId());
			if (valuer.isEmpty()) {
				violations.add(FieldViolation.of("valuerOrganisationId", "finance.organisation.notFound",
						form.getValuerOrganisationId()));
			}
			else if (valuerName == null) {
				valuerName = valuer.get().name();
			}
		}
		if (Checks.required(violations, "valuerName", valuerName)) {
			Checks.maxLength(violations, "valuerName", valuerName, 200);
		}
		Checks.required(violations, "method", form.getMethod());
		Checks.money(violations, "value", form.getValue(), false);
		LocalDate today = LocalDate.now(clock);
		if (Checks.required(violations, "baseDate", form.getBaseDate())) {
			Checks.notAfter(violations, "baseDate", form.getBaseDate(), today);
		}
		if (content == null || size <= 0) {
			violations.add(FieldViolation.of("file", "finance.file.required"));
		}
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
		FileStore.Stored stored = store.store(fileName, size, content);
		if (!PDF.equals(stored.contentType())) {
			store.delete(stored.storageKey());
			throw DomainException.invalid(List.of(FieldViolation.of("file", "finance.valuation.file.pdfOnly")));
		}
		ValuationReport report = reports.save(new ValuationReport(achievement.id(), achievement.title(),
				achievement.holderOrganisationId(), valuerName, form.getValuerOrganisationId(), form.getMethod(),
				form.getValue(), form.getBaseDate(), properties.valuation().validityMonths(),
				new StoredFile(stored, fileName), user.getUsername(), clock));
		audit.record("finance.valuation.create", "finance-valuation", report.getId(), "achievement " + achievement.id() + " "
				+ report.getMethod() + " " + report.getValue().toPlainString() + " base " + report.getBaseDate());
		return report;
	}

	/** Administrators and financiers see every report; everybody else their own organisation's. */
	@Transactional(readOnly = true)
	public Page<ValuationReport> list(CurrentUser user, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), properties.pageSize());
		return seesAll(user) ? reports.findAllByOrderByIdDesc(request)
				: reports.findByHolderOrganisationIdOrderByIdDesc(user.organisationId(), request);
	}

	@Transactional(readOnly = true)
	public ValuationReport view(CurrentUser user, long id) {
		ValuationReport report = reports.findById(id)
			.orElseThrow(() -> DomainException.notFound("finance.record.notFound", id));
		if (!seesAll(user) && !user.belongsTo(report.getHolderOrganisationId())) {
			throw DomainException.notFound("finance.record.notFound", id);
		}
		return report;
	}

	public boolean isValid(ValuationReport report) {
		return report.isValidOn(LocalDate.now(clock));
	}

	/** Achievements with a valuation valid today. */
	@Transactional(readOnly = true)
	public List<Long> valuedAchievements() {
		return reports.achievementsValuedOn(LocalDate.now(clock));
	}

	/** The most recent valid report of each of these achievements that has one. */
	@Transactional(readOnly = true)
	public Map<Long, ValuationReport> latestValid(Collection<Long> achievementIds) {
		Map<Long, ValuationReport> latest = new LinkedHashMap<>();
		if (achievementIds.isEmpty()) {
			return latest;
		}
		for (ValuationReport r : reports.validOn(achievementIds, LocalDate.now(clock))) {
			latest.putIfAbsent(r.getAchievementId(), r);
		}
		return latest;
	}

	public java.nio.file.Path path(ValuationReport report) {
		return store.path(report.getFile().getKey());
	}

	private static boolean seesAll(CurrentUser user) {
		return user.isAdmin() || user.has(Role.FINANCIER);
	}

	private static boolean mayRecord(CurrentUser user, AchievementSummary achievement) {
		return user != null && (user.isAdmin()
				|| user.has(Role.INSTITUTION) && user.belongsTo(achievement.holderOrganisationId()));
	}
}
