package org.opentechmarket.evaluation.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opentechmarket.people.Organisations;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The expert pool: profiles of users with the EXPERT role, their own edits, and administrators' status and findings. */
@Service
public class ExpertPool {

	private final ExpertProfileRepository profiles;
	private final UserAccounts users;
	private final Organisations organisations;
	private final CodeTables codes;
	private final AuditLog audit;
	private final Clock clock;

	public ExpertPool(ExpertProfileRepository profiles, UserAccounts users, Organisations organisations, CodeTables codes,
			AuditLog audit, Clock clock) {
		this.profiles = profiles;
		this.users = users;
		this.organisations = organisations;
		this.codes = codes;
		this.audit = audit;
		this.clock = clock;
	}

	/** An expert with their account. */
	public record Member(CurrentUser user, ExpertProfile profile) {
	}

	/** Every enabled user with the EXPERT role, with a profile (created on first sight), by user id. */
	@Transactional
	public List<Member> members() {
		List<CurrentUser> experts = users.usersWithRole(Role.EXPERT);
		Map<Long, ExpertProfile> byUser = profiles.findByUserIdIn(experts.stream().map(CurrentUser::id).toList())
			.stream()
			.collect(Collectors.toMap(ExpertProfile::getUserId, Function.identity()));
		List<Member> out = new ArrayList<>();
		for (CurrentUser u : experts) {
			ExpertProfile p = byUser.get(u.id());
			if (p == null) {
				p = profiles.save(new ExpertProfile(u.id(), u.displayName(), clock));
			}
			out.add(new Member(u, p));
		}
		out.sort(Comparator.comparingLong(m -> m.user().id()));
		return out;
	}

	@Transactional
	public ExpertProfile own(CurrentUser user) {
		if (!user.has(Role.EXPERT)) {
			throw DomainException.forbidden("expert.notExpert");
		}
		return profiles.findByUserId(user.id()).orElseGet(() -> profiles.save(new ExpertProfile(user.id(), user.displayName(), clock)));
	}

	public Optional<ExpertProfile> ofUser(long userId) {
		return profiles.findByUserId(userId);
	}

	/** What the recusal rules know of an expert; declared organisations are matched to registered ones by name. */
	public ExpertFacts facts(CurrentUser user, ExpertProfile p) {
		List<ExpertFacts.Job> jobs = p.getEmployment()
			.stream()
			.map(e -> new ExpertFacts.Job(e.getOrganisationId(), e.getOrganisationName(), e.getSince(), e.getUntil()))
			.toList();
		List<ExpertFacts.Conflict> conflicts = p.getConflicts().stream().map(c -> {
			Long orgId = c.getPersonName() == null || c.getPersonName().isBlank()
					? organisations.findByName(c.getOrganisationName()).map(o -> o.id()).orElse(null) : null;
			return new ExpertFacts.Conflict(orgId, c.getOrganisationName(), c.getPersonName(), c.getReason());
		}).toList();
		return new ExpertFacts(user.id(), p.getRealName(), user.organisationId(), user.organisationName(), jobs, conflicts);
	}

	/** The expert's own edit; codes must exist in the national tables, employment periods must be in order. */
	@Transactional
	public ExpertProfile edit(CurrentUser user, ProfileEdit edit) {
		ExpertProfile p = own(user);
		List<FieldViolation> v = new ArrayList<>(edit.violations());
		if (edit.realName() == null || edit.realName().isBlank()) {
			v.add(FieldViolation.of("realName", "expert.realName.required"));
		}
		else if (edit.realName().strip().length() > 60) {
			v.add(FieldViolation.of("realName", "expert.realName.tooLong", 60));
		}
		if (edit.title() != null && edit.title().strip().length() > 60) {
			v.add(FieldViolation.of("title", "expert.title.tooLong", 60));
		}
		check(edit.disciplines(), codes.disciplines(), "disciplinesText", v);
		check(edit.industries(), codes.industries(), "industriesText", v);
		check(edit.regions(), codes.regions(), "regionsText", v);
		if (edit.disciplines().isEmpty()) {
			v.add(FieldViolation.of("disciplinesText", "expert.disciplines.required"));
		}
		if (!edit.available() && edit.unavailableUntil() != null && edit.unavailableUntil().isBefore(LocalDate.now(clock))) {
			v.add(FieldViolation.of("unavailableUntil", "expert.unavailableUntil.past"));
		}
		if (!v.isEmpty()) {
			throw DomainException.invalid(v);
		}
		List<ExpertProfile.Employment> jobs = edit.employment()
			.stream()
			.map(j -> new ExpertProfile.Employment(
					organisations.findByName(j.organisationName()).map(o -> o.id()).orElse(null), j.organisationName(),
					j.from(), j.to()))
			.toList();
		p.edit(edit.realName().strip(), blankToNull(edit.title()), edit.disciplines(), edit.industries(), edit.regions(),
				edit.available(), edit.unavailableUntil(), blankToNull(edit.availabilityNote()), jobs,
				edit.conflicts()
					.stream()
					.map(c -> new ExpertProfile.DeclaredConflict(blankToNull(c.organisationName()), blankToNull(c.personName()),
							blankToNull(c.reason())))
					.toList(),
				clock);
		audit.record("expert.profile.edit", "expert", p.getId(), String.join(",", edit.disciplines()));
		return p;
	}

	private static void check(List<String> list, CodeTables.CodeTable table, String field, List<FieldViolation> v) {
		for (String code : list) {
			if (!table.contains(code)) {
				v.add(FieldViolation.of(field, "expert.code.unknown", code));
			}
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** An expert's own profile edit, parsed from the form. */
	public record ProfileEdit(String realName, String title, List<String> disciplines, List<String> industries,
			List<String> regions, boolean available, LocalDate unavailableUntil, String availabilityNote,
			List<JobLine> employment, List<ConflictLine> conflicts, List<FieldViolation> violations) {
	}

	public record JobLine(String organisationName, LocalDate from, LocalDate to) {
	}

	public record ConflictLine(String organisationName, String personName, String reason) {
	}

	// ------------------------------------------------------------------ administrators

	public List<Member> list(CurrentUser admin, ExpertStatus status, String discipline, String q) {
		requireAdmin(admin);
		return members().stream()
			.filter(m -> status == null || m.profile().getStatus() == status)
			.filter(m -> discipline == null || discipline.isBlank()
					|| m.profile().getDisciplines().stream().anyMatch(d -> d.startsWith(discipline.strip())))
			.filter(m -> q == null || q.isBlank() || contains(m.profile().getRealName(), q) || contains(m.user().getUsername(), q)
					|| contains(m.user().organisationName(), q))
			.toList();
	}

	private static boolean contains(String s, String q) {
		return s != null && s.toLowerCase().contains(q.strip().toLowerCase());
	}

	public Member member(CurrentUser admin, long profileId) {
		requireAdmin(admin);
		ExpertProfile p = profiles.findById(profileId).orElseThrow(() -> DomainException.notFound("expert.notFound", profileId));
		CurrentUser u = users.findUser(p.getUserId()).orElseThrow(() -> DomainException.notFound("expert.notFound", profileId));
		return new Member(u, p);
	}

	@Transactional
	public void changeStatus(CurrentUser admin, long profileId, ExpertStatus target, String reason) {
		requireAdmin(admin);
		ExpertProfile p = profiles.findById(profileId).orElseThrow(() -> DomainException.notFound("expert.notFound", profileId));
		if (target == null) {
			throw DomainException.invalid(List.of(FieldViolation.of("status", "expert.status.required")));
		}
		p.changeStatus(target, admin.getUsername(), reason, clock);
		audit.record("expert.status", "expert", p.getId(), target + ": " + reason);
	}

	@Transactional
	public void recordMisconduct(CurrentUser admin, long profileId, Long reviewId, String description) {
		requireAdmin(admin);
		ExpertProfile p = profiles.findById(profileId).orElseThrow(() -> DomainException.notFound("expert.notFound", profileId));
		if (description == null || description.isBlank()) {
			throw DomainException.invalid(List.of(FieldViolation.of("description", "expert.misconduct.descriptionRequired")));
		}
		p.record(IntegrityType.MISCONDUCT, reviewId, description.strip(), admin.getUsername(), clock);
		audit.record("expert.misconduct", "expert", p.getId(), description.strip());
	}

	/** An entry the review workflow records (declined, no response, late, completed); creates the profile if needed. */
	@Transactional
	public void record(long userId, IntegrityType type, long reviewId, String description, String actor) {
		ExpertProfile p = profiles.findByUserId(userId).orElseGet(() -> profiles.save(new ExpertProfile(userId,
				users.findUser(userId).map(CurrentUser::displayName).orElse(""), clock)));
		p.record(type, reviewId, description, actor, clock);
	}

	static void requireAdmin(CurrentUser user) {
		if (user == null || !user.isAdmin()) {
			throw DomainException.forbidden();
		}
	}
}
