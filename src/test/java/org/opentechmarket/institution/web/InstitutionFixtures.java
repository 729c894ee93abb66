package org.opentechmarket.institution.web;

import java.util.concurrent.ThreadLocalRandom;

import org.opentechmarket.institution.domain.InstitutionProfile;
import org.opentechmarket.institution.domain.InstitutionRegistry;
import org.opentechmarket.people.CreditCode;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.people.internal.AccountService;
import org.opentechmarket.people.internal.SignUpForm;
import org.opentechmarket.platform.CurrentUser;

/** Fresh, uniquely named organisations for tests: data is shared across the suite. */
final class InstitutionFixtures {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private final AccountService accounts;
	private final UserAccounts users;
	private final InstitutionRegistry registry;

	InstitutionFixtures(AccountService accounts, UserAccounts users, InstitutionRegistry registry) {
		this.accounts = accounts;
		this.users = users;
		this.registry = registry;
	}

	record Member(long organisationId, String name, CurrentUser user) {
	}

	record Listed(Member owner, InstitutionProfile profile) {
	}

	CurrentUser admin() {
		return users.loadUser("admin").orElseThrow();
	}

	static String unique() {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			s.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(10)));
		}
		return s.toString();
	}

	static String creditCode(String prefix8) {
		StringBuilder s = new StringBuilder(prefix8);
		while (s.length() < 17) {
			s.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
		}
		return CreditCode.complete(s.toString());
	}

	/** A verified organisation of the type and its first user (organisation administrator plus the type's default role). */
	Member organisation(OrganisationType type, String label) {
		String tag = unique();
		SignUpForm form = new SignUpForm();
		form.setOrganisationName(label + tag);
		form.setCreditCode(creditCode(type == OrganisationType.ENTERPRISE ? "91330106" : "12330106"));
		form.setOrganisationType(type);
		form.setRegionCode("330106");
		form.setUsername("t" + tag.toLowerCase());
		form.setPassword("test-password-123");
		form.setDisplayName("测试用户" + tag);
		long organisationId = accounts.signUp(form).getOrganisation().getId();
		accounts.verify(organisationId, admin());
		return new Member(organisationId, form.getOrganisationName(), users.loadUser(form.getUsername()).orElseThrow());
	}

	Listed provider() {
		Member owner = organisation(OrganisationType.SERVICE_PROVIDER, "测试服务机构");
		return new Listed(owner, registry.create(admin(), owner.organisationId()));
	}

	Listed institution() {
		Member owner = organisation(OrganisationType.TRANSFER_INSTITUTION, "测试转移机构");
		return new Listed(owner, registry.create(admin(), owner.organisationId()));
	}

	Member client() {
		return organisation(OrganisationType.ENTERPRISE, "测试企业");
	}
}
