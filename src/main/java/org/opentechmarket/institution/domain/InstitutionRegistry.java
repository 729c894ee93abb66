package org.opentechmarket.institution.domain;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.opentechmarket.people.OrganisationSummary;
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

/** The registry of institution and provider profiles: public directory reads, the owner's edits, the administrator's rule. */
@Service
@Transactional
public class InstitutionRegistry {

	private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,30}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s]{3,190}");

	private final InstitutionProfiles profiles;
	private final Organisations organisations;
	private final UserAccounts users;
	private final CodeTables codes;
	private final InstitutionProperties properties;
	private final AuditLog audit;
	private final Clock clock;

	InstitutionRegistry(InstitutionProfiles profiles, Organisations organisations, UserAccounts users, CodeTables codes,
			InstitutionProperties properties, AuditLog audit, Clock clock) {
		this.profiles = profiles;
		this.organisations = organisations;
		this.users = users;
		this.codes = codes;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** Directory filters; null or blank means any. */
	public record Filter(InstitutionLevel level, String region, String service, String text) {
	}

	/** A broker on the institution's staff, linked to their public profile. */
	public record StaffMember(long userId, String name, String link) {
	}

	// --- public reads

	@Transactional(readOnly = true)
	public List<InstitutionProfile> directory(DirectoryKind kind, Filter filter) {
		List<FieldViolation> violations = new ArrayList<>();
		if (filter.region() != null && !filter.region().isBlank() && !codes.regions().contains(filter.region())) {
			violations.add(FieldViolation.of("region", "code.region.unknown"));
		}
		if (filter.service() != null && !filter.service().isBlank() && !properties.serviceKinds().contains(filter.service())) {
			violations.add(FieldViolation.of("service", "institution.service.unknown"));
		}
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
		String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
		return profiles.findByKindAndStatusOrderByNameAsc(kind, ListingStatus.LISTED)
			.stream()
			.filter(p -> filter.level() == null || p.getLevel() == filter.level())
			.filter(p -> filter.service() == null || filter.service().isBlank() || p.getServices().contains(filter.service()))
			.filter(p -> filter.region() == null || filter.region().isBlank() || serves(p, filter.region()))
			.filter(p -> text.isEmpty() || contains(p.getName(), text) || contains(p.getDescription(), text))
			.toList();
	}

	/** A profile serves a region when it names the region, one of its ancestors, or has its seat there. */
	private boolean serves(InstitutionProfile profile, String region) {
		Set<String> served = new LinkedHashSet<>(profile.getRegions());
		if (profile.getRegionCode() != null) {
			served.add(profile.getRegionCode());
		}
		for (String code : served) {
			if (code.equals(region) || isAncestor(code, region) || isAncestor(region, code)) {
				return true;
			}
		}
		return false;
	}

	private boolean isAncestor(String ancestor, String code) {
		Optional<CodeTables.Code> c = codes.regions().find(code);
		while (c.isPresent() && c.get().parent() != null) {
			if (c.get().parent().equals(ancestor)) {
				return true;
			}
			c = codes.regions().find(c.get().parent());
		}
		return false;
	}

	private static boolean contains(String value, String lowerText) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(lowerText);
	}

	/** A listed profile of the kind, or 404. */
	@Transactional(readOnly = true)
	public InstitutionProfile listed(DirectoryKind kind, long id) {
		return profiles.findById(id)
			.filter(p -> p.getKind() == kind && p.isListed())
			.orElseThrow(() -> DomainException.notFound("institution.notFound", id));
	}

	@Transactional(readOnly = true)
	public Optional<InstitutionProfile> listedByOrganisation(long organisationId) {
		return profiles.findByOrganisationId(organisationId).filter(InstitutionProfile::isListed);
	}

	@Transactional(readOnly = true)
	public List<StaffMember> staff(InstitutionProfile profile) {
		return users.members(profile.getOrganisationId())
			.stream()
			.filter(u -> u.has(Role.BROKER))
			.map(u -> new StaffMember(u.id(), u.displayName(), "/brokers/" + u.id()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<String> organisationName(Long organisationId) {
		return organisationId == null ? Optional.empty() : organisations.find(organisationId).map(OrganisationSummary::name);
	}

	public List<String> serviceKinds() {
		return properties.serviceKinds();
	}

	// --- the organisation's administrators

	/** The profile for editing: its organisation's administrators and platform administrators; 404 for anybody else. */
	@Transactional(readOnly = true)
	public InstitutionProfile forEdit(CurrentUser actor, long id) {
		InstitutionProfile profile = profiles.findById(id)
			.orElseThrow(() -> DomainException.notFound("institution.notFound", id));
		if (!mayEdit(actor, profile)) {
			throw DomainException.notFound("institution.notFound", id);
		}
		return profile;
	}

	public static boolean mayEdit(CurrentUser actor, InstitutionProfile profile) {
		return actor != null && (actor.isAdmin()
				|| (actor.has(Role.ORG_ADMIN) && actor.belongsTo(profile.getOrganisationId())));
	}

	@Transactional(readOnly = true)
	public Optional<InstitutionProfile> ownProfile(CurrentUser actor) {
		if (actor == null || !actor.has(Role.ORG_ADMIN)) {
			return Optional.empty();
		}
		return profiles.findByOrganisationId(actor.organisationId());
	}

	public InstitutionProfile edit(CurrentUser actor, long id, ProfileDetails details) {
		InstitutionProfile profile = forEdit(actor, id);
		ProfileDetails clean = validate(profile, details);
		profile.describe(clean, clock);
		organisations.find(profile.getOrganisationId()).ifPresent(o -> profile.rename(o.name(), o.regionCode()));
		audit.record("institution.edit", "institution_profile", profile.getId(), profile.getName());
		return profile;
	}

	ProfileDetails validate(InstitutionProfile profile, ProfileDetails d) {
		List<FieldViolation> violations = new ArrayList<>();
		String description = strip(d.description());
		if (description != null && description.length() > properties.descriptionMaxLength()) {
			violations.add(FieldViolation.of("description", "validation.size.max", properties.descriptionMaxLength()));
		}
		Long parent = d.parentOrganisationId();
		if (parent != null) {
			Optional<OrganisationSummary> parentOrganisation = organisations.find(parent);
			if (parent == profile.getOrganisationId() || parentOrganisation.isEmpty() || !parentOrganisation.get().verified()) {
				violations.add(FieldViolation.of("parentOrganisationId", "institution.parent.invalid"));
			}
		}
		List<String> services = d.services().stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
		for (String s : services) {
			if (!properties.serviceKinds().contains(s)) {
				violations.add(FieldViolation.of("services", "institution.service.unknown"));
				break;
			}
		}
		List<String> regions = d.regions().stream().filter(r -> r != null && !r.isBlank()).map(String::strip).distinct().toList();
		for (String r : regions) {
			if (!codes.regions().contains(r)) {
				violations.add(FieldViolation.of("regionsText", "institution.region.unknown", r));
			}
		}
		String phone = strip(d.contactPhone());
		if (phone != null && !PHONE.matcher(phone).matches()) {
			violations.add(FieldViolation.of("contactPhone", "institution.phone.invalid"));
		}
		String email = strip(d.contactEmail());
		if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
			violations.add(FieldViolation.of("contactEmail", "validation.email"));
		}
		String website = strip(d.website());
		if (website != null && !WEBSITE.matcher(website).matches()) {
			violations.add(FieldViolation.of("website", "institution.website.invalid"));
		}
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
		return new ProfileDetails(description, parent, services, regions, phone, email, website);
	}

	private static String strip(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	// --- platform administrators

	@Transactional(readOnly = true)
	public List<InstitutionProfile> all(CurrentUser admin) {
		requireAdmin(admin);
		return profiles.findAllByOrderByKindAscNameAsc();
	}

	/** Verified transfer institutions and service providers that have no profile yet. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> withoutProfile(CurrentUser admin) {
		requireAdmin(admin);
		return organisations.verified()
			.stream()
			.filter(o -> DirectoryKind.of(o.type()).isPresent())
			.filter(o -> profiles.findByOrganisationId(o.id()).isEmpty())
			.sorted(Comparator.comparing(OrganisationSummary::name))
			.toList();
	}

	public InstitutionProfile create(CurrentUser admin, Long organisationId) {
		requireAdmin(admin);
		if (organisationId == null) {
			throw DomainException.invalid(List.of(FieldViolation.of("organisationId", "validation.required")));
		}
		OrganisationSummary organisation = organisations.find(organisationId)
			.filter(OrganisationSummary::verified)
			.orElseThrow(() -> DomainException.invalid(
					List.of(FieldViolation.of("organisationId", "institution.organisation.notVerified"))));
		DirectoryKind kind = DirectoryKind.of(organisation.type())
			.orElseThrow(() -> DomainException.invalid(
					List.of(FieldViolation.of("organisationId", "institution.organisation.wrongType"))));
		if (profiles.findByOrganisationId(organisationId).isPresent()) {
			throw DomainException.conflict("institution.exists", organisation.name());
		}
		InstitutionProfile profile = profiles.save(
				new InstitutionProfile(organisation.id(), kind, organisation.name(), organisation.regionCode(), clock));
		audit.record("institution.create", "institution_profile", profile.getId(), kind + " " + organisation.name());
		return profile;
	}

	public InstitutionProfile setLevel(CurrentUser admin, long id, InstitutionLevel level, Integer year, String document) {
		requireAdmin(admin);
		InstitutionProfile profile = byId(id);
		profile.recognise(level, year, document, Year.now(clock).getValue(), clock);
		audit.record("institution.level", "institution_profile", id,
				level + (profile.getLevelYear() == null ? "" : " " + profile.getLevelYear() + " " + profile.getLevelDocument()));
		return profile;
	}

	public InstitutionProfile changeStatus(CurrentUser admin, long id, ListingStatus target, String reason) {
		requireAdmin(admin);
		InstitutionProfile profile = byId(id);
		ListingStatus from = profile.getStatus();
		profile.moveTo(target, reason, clock);
		audit.record("institution.status", "institution_profile", id,
				from + " → " + target + (profile.getStatusReason() == null ? "" : ": " + profile.getStatusReason()));
		return profile;
	}

	@Transactional(readOnly = true)
	public InstitutionProfile byId(long id) {
		return profiles.findById(id).orElseThrow(() -> DomainException.notFound("institution.notFound", id));
	}

	private static void requireAdmin(CurrentUser actor) {
		if (actor == null || !actor.isAdmin()) {
			throw DomainException.forbidden();
		}
	}
}
