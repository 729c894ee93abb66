package org.opentechmarket.people.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.opentechmarket.people.CreditCode;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Role;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class AccountService implements UserDetailsService, Organisations, UserAccounts {

	private final OrganisationsRepository organisations;
	private final Users users;
	private final PasswordEncoder passwords;
	private final CodeTables codes;
	private final AuditLog audit;
	private final Clock clock;
	private final org.springframework.beans.factory.ObjectProvider<org.opentechmarket.platform.SessionRevocation> sessions;

	AccountService(OrganisationsRepository organisations, Users users, PasswordEncoder passwords, CodeTables codes,
			AuditLog audit, Clock clock,
			org.springframework.beans.factory.ObjectProvider<org.opentechmarket.platform.SessionRevocation> sessions) {
		this.sessions = sessions;
		this.organisations = organisations;
		this.users = users;
		this.passwords = passwords;
		this.codes = codes;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public CurrentUser loadUserByUsername(String username) {
		return users.findByUsername(username)
			.map(UserAccount::toCurrentUser)
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CurrentUser> loadUser(String username) {
		return users.findByUsername(username).map(UserAccount::toCurrentUser);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CurrentUser> findUser(long id) {
		return users.findById(id).map(UserAccount::toCurrentUser);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CurrentUser> usersWithRole(Role role) {
		return users.findEnabledWithRole(role).stream().map(UserAccount::toCurrentUser).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CurrentUser> members(long organisationId) {
		return users.findByOrganisationIdOrderByUsername(organisationId).stream()
			.filter(UserAccount::isEnabled)
			.map(UserAccount::toCurrentUser)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> emailOf(long userId) {
		return users.findById(userId)
			.filter(UserAccount::isEnabled)
			.map(UserAccount::getEmail)
			.filter(e -> !e.isBlank());
	}

	/** A new organisation (unverified) and its first user as organisation administrator. */
	public UserAccount signUp(SignUpForm form) {
		String creditCode = CreditCode.normalise(form.getCreditCode());
		List<FieldViolation> violations = new java.util.ArrayList<>();
		if (!CreditCode.isValid(creditCode)) {
			violations.add(FieldViolation.of("creditCode", "organisation.creditCode.invalid"));
		}
		else if (organisations.findByCreditCode(creditCode).isPresent()) {
			violations.add(FieldViolation.of("creditCode", "organisation.creditCode.taken"));
		}
		if (!codes.regions().contains(form.getRegionCode())) {
			violations.add(FieldViolation.of("regionCode", "code.region.unknown"));
		}
		if (users.existsByUsername(form.getUsername())) {
			violations.add(FieldViolation.of("username", "user.username.taken"));
		}
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
		Organisation organisation = organisations.save(new Organisation(form.getOrganisationName(), creditCode,
				form.getOrganisationType(), form.isStateOwned(), form.getRegionCode(), clock));
		Set<Role> roles = EnumSet.of(Role.ORG_ADMIN);
		roles.addAll(form.getOrganisationType().defaultRoles());
		UserAccount user = users.save(new UserAccount(form.getUsername(), passwords.encode(form.getPassword()),
				form.getDisplayName(), form.getEmail(), organisation, roles, clock));
		audit.record("organisation.signup", "organisation", organisation.getId(),
				organisation.getName() + " / " + user.getUsername());
		return user;
	}

	public void verify(long organisationId, CurrentUser admin) {
		requireAdmin(admin);
		Organisation organisation = organisation(organisationId);
		organisation.verify(admin.getUsername(), clock);
		audit.record("organisation.verify", "organisation", organisationId, organisation.getName());
	}

	public void revokeVerification(long organisationId, CurrentUser admin) {
		requireAdmin(admin);
		Organisation organisation = organisation(organisationId);
		organisation.revokeVerification();
		audit.record("organisation.unverify", "organisation", organisationId, organisation.getName());
	}

	@Transactional(readOnly = true)
	public List<Organisation> allOrganisations() {
		return organisations.findAllByOrderByVerifiedAscCreatedAtDesc();
	}

	@Transactional(readOnly = true)
	public Organisation organisation(long id) {
		return organisations.findById(id).orElseThrow(() -> DomainException.notFound("organisation.notFound", id));
	}

	@Transactional(readOnly = true)
	public List<UserAccount> members(CurrentUser actor) {
		requireOrgAdmin(actor);
		return users.findByOrganisationIdOrderByUsername(actor.organisationId());
	}

	public UserAccount addMember(CurrentUser actor, MemberForm form) {
		requireOrgAdmin(actor);
		if (users.existsByUsername(form.getUsername())) {
			throw DomainException.invalid(List.of(FieldViolation.of("username", "user.username.taken")));
		}
		Organisation organisation = organisation(actor.organisationId());
		UserAccount user = new UserAccount(form.getUsername(), passwords.encode(form.getPassword()), form.getDisplayName(),
				form.getEmail(), organisation, EnumSet.noneOf(Role.class), clock);
		user.changeRoles(form.getRoles(), actor.isAdmin());
		users.save(user);
		audit.record("user.add", "user", user.getId(), user.getUsername() + " " + user.getRoles());
		return user;
	}

	public void changeRoles(CurrentUser actor, long userId, Set<Role> roles) {
		UserAccount user = memberOf(actor, userId);
		if (user.getId() == actor.id() && !roles.contains(Role.ORG_ADMIN) && !actor.isAdmin()) {
			throw DomainException.conflict("user.role.cannotDropOwnAdmin");
		}
		user.changeRoles(roles, actor.isAdmin());
		audit.record("user.roles", "user", userId, roles.toString());
		// open sessions carry the old roles: end them
		sessions.ifAvailable(s -> s.revoke(user.getUsername()));
	}

	public void setEnabled(CurrentUser actor, long userId, boolean enabled) {
		UserAccount user = memberOf(actor, userId);
		if (user.getId() == actor.id()) {
			throw DomainException.conflict("user.cannotDisableSelf");
		}
		if (enabled) {
			user.enable();
		}
		else {
			user.disable();
		}
		audit.record(enabled ? "user.enable" : "user.disable", "user", userId, user.getUsername());
		sessions.ifAvailable(s -> s.revoke(user.getUsername()));
	}

	private UserAccount memberOf(CurrentUser actor, long userId) {
		requireOrgAdmin(actor);
		UserAccount user = users.findById(userId).orElseThrow(() -> DomainException.notFound("user.notFound", userId));
		// an organisation administrator can never reach into another organisation
		if (!actor.isAdmin() && !user.getOrganisation().getId().equals(actor.organisationId())) {
			throw DomainException.forbidden();
		}
		return user;
	}

	private static void requireAdmin(CurrentUser actor) {
		if (actor == null || !actor.isAdmin()) {
			throw DomainException.forbidden();
		}
	}

	private static void requireOrgAdmin(CurrentUser actor) {
		if (actor == null || !(actor.has(Role.ORG_ADMIN) || actor.isAdmin())) {
			throw DomainException.forbidden();
		}
	}

	// --- Organisations (public API)

	@Override
	@Transactional(readOnly = true)
	public Optional<OrganisationSummary> find(long id) {
		return organisations.findById(id).map(Organisation::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OrganisationSummary> findByCreditCode(String creditCode) {
		return organisations.findByCreditCode(CreditCode.normalise(creditCode)).map(Organisation::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OrganisationSummary> findByName(String name) {
		return organisations.findFirstByName(name).map(Organisation::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrganisationSummary> verified() {
		return organisations.findByVerifiedTrueOrderByName().stream().map(Organisation::summary).toList();
	}

	@Override
	public OrganisationSummary findOrCreateVerified(String name, String creditCode, OrganisationType type,
			String regionCode) {
		return organisations.findByCreditCode(CreditCode.normalise(creditCode)).map(Organisation::summary).orElseGet(() -> {
			Organisation organisation = new Organisation(name, creditCode, type, false, regionCode, clock);
			organisation.verify("system", clock);
			organisations.save(organisation);
			audit.record("organisation.create", "organisation", organisation.getId(), name);
			return organisation.summary();
		});
	}

	// --- bootstrap support

	Organisation ensureOrganisation(String name, String creditCode, OrganisationType type, boolean stateOwned,
			String region, boolean verified) {
		return organisations.findByCreditCode(creditCode).orElseGet(() -> {
			Organisation organisation = new Organisation(name, creditCode, type, stateOwned, region, clock);
			if (verified) {
				organisation.verify("system", clock);
			}
			return organisations.save(organisation);
		});
	}

	boolean ensureUser(String username, String rawPassword, String displayName, Organisation organisation, Set<Role> roles) {
		if (users.existsByUsername(username)) {
			return false;
		}
		users.save(new UserAccount(username, passwords.encode(rawPassword), displayName, null, organisation, roles, clock));
		return true;
	}

	boolean anyAdmin() {
		return users.existsWithRole(Role.ADMIN);
	}
}
