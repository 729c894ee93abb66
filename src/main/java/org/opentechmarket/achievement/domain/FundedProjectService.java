package org.opentechmarket.achievement.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opentechmarket.achievement.domain.Codes.FundingSource;
import org.opentechmarket.achievement.domain.FundedProject.DeadlineStatus;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funded-project list and its registration deadline (应登尽登, seed 002 §3): each holder sees its own projects, the
 * administrator all, each with on time / late / overdue / due / not due.
 */
@Service
@Transactional
public class FundedProjectService {

	private final FundedProjectRepository projects;
	private final AchievementRepository achievements;
	private final Organisations organisations;
	private final AchievementProperties properties;
	private final AuditLog audit;
	private final Clock clock;

	public FundedProjectService(FundedProjectRepository projects, AchievementRepository achievements,
			Organisations organisations, AchievementProperties properties, AuditLog audit, Clock clock) {
		this.projects = projects;
		this.achievements = achievements;
		this.organisations = organisations;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	public int deadlineDays() {
		return properties.registrationDeadlineDays();
	}

	public record ProjectRow(FundedProject project, LocalDate deadline, LocalDate registeredOn, DeadlineStatus status) {
	}

	@Transactional(readOnly = true)
	public List<ProjectRow> list(CurrentUser user) {
		List<FundedProject> list = user.isAdmin() ? projects.findAllByOrderByAcceptanceDateDesc()
				: projects.findByHolderOrganisationIdOrderByAcceptanceDateDesc(user.organisationId());
		return rows(list);
	}

	List<ProjectRow> rows(List<FundedProject> list) {
		// a registration counts for the project only when its holder is the project's holder
		Map<String, LocalDate> registered = new HashMap<>();
		if (!list.isEmpty()) {
			ZoneId zone = clock.getZone();
			for (Object[] row : achievements.firstRegistrationByProject(list.stream().map(FundedProject::getProjectNumber).toList())) {
				registered.put(row[0] + "@" + row[1], LocalDate.ofInstant((java.time.Instant) row[2], zone));
			}
		}
		LocalDate today = LocalDate.now(clock);
		int days = properties.registrationDeadlineDays();
		return list.stream().map(p -> {
			LocalDate on = registered.get(p.getProjectNumber() + "@" + p.getHolderOrganisationId());
			return new ProjectRow(p, p.deadline(days), on, p.status(today, on, days));
		}).toList();
	}

	public FundedProject create(CurrentUser admin, String projectNumber, String title, long holderOrganisationId,
			FundingSource level, BigDecimal fundingWan, LocalDate acceptanceDate) {
		if (admin == null || !admin.isAdmin()) {
			throw DomainException.forbidden();
		}
		List<FieldViolation> v = new java.util.ArrayList<>();
		if (projectNumber == null || projectNumber.isBlank()) {
			v.add(FieldViolation.of("projectNumber", "validation.required"));
		}
		else if (projects.findByProjectNumber(projectNumber.strip()).isPresent()) {
			v.add(FieldViolation.of("projectNumber", "fundedProject.number.taken"));
		}
		if (title == null || title.isBlank()) {
			v.add(FieldViolation.of("title", "validation.required"));
		}
		if (level == null || !level.isFiscal()) {
			v.add(FieldViolation.of("fundingLevel", "fundedProject.level.fiscal"));
		}
		if (fundingWan != null && fundingWan.signum() < 0) {
			v.add(FieldViolation.of("fundingWan", "achievement.price.negative"));
		}
		OrganisationSummary holder = organisations.find(holderOrganisationId).orElse(null);
		if (holder == null) {
			v.add(FieldViolation.of("holderOrganisationId", "organisation.notFound", holderOrganisationId));
		}
		if (!v.isEmpty()) {
			throw DomainException.invalid(v);
		}
		FundedProject p = projects.save(new FundedProject(projectNumber.strip(), title.strip(), holder.id(), holder.name(), level,
				fundingWan, acceptanceDate, clock.instant(), admin.getUsername()));
		audit.record("fundedProject.create", "fundedProject", p.getId(), p.getProjectNumber());
		return p;
	}
}
