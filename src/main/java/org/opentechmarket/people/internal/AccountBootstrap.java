package org.opentechmarket.people.internal;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;

import org.opentechmarket.people.CreditCode;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.platform.DemoMode;
import org.opentechmarket.platform.PlatformProperties;
import org.opentechmarket.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First start: the platform operator organisation and its administrator. In demo mode also the demo organisations and one
 * demo user per role (password {@code demo}, listed in README).
 */
@Component
@Order(10)
class AccountBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
	static final String DEMO_PASSWORD = "demo";

	private final AccountService accounts;
	private final PlatformProperties properties;
	private final DemoMode demo;
	private final TransactionTemplate tx;
	private final Environment environment;

	AccountBootstrap(AccountService accounts, PlatformProperties properties, DemoMode demo, TransactionTemplate tx,
			Environment environment) {
		this.accounts = accounts;
		this.properties = properties;
		this.demo = demo;
		this.tx = tx;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		tx.executeWithoutResult(status -> {
			Organisation operator = accounts.ensureOrganisation("开放技术市场运营中心", CreditCode.complete("12330000MB0000001"),
					OrganisationType.GOVERNMENT, true, "330000", true);
			if (!accounts.anyAdmin()) {
				String password = properties.admin().password();
				boolean generated = password == null || password.isBlank();
				if (generated) {
					password = generatePassword();
				}
				accounts.ensureUser(properties.admin().username(), password, "平台管理员", operator,
						EnumSet.of(Role.ADMIN, Role.ORG_ADMIN));
				if (generated) {
					// printed once, on the start that creates the account; set OTM_ADMIN_PASSWORD to choose it instead
					log.warn("Created administrator '{}' with generated password: {}", properties.admin().username(), password);
				}
				else {
					log.info("Created administrator '{}' with the password from OTM_ADMIN_PASSWORD", properties.admin().username());
				}
			}
		});
		if (demo.isEnabled() && !environment.acceptsProfiles(Profiles.of("cli"))) {
			tx.executeWithoutResult(status -> demoAccounts());
		}
	}

	private void demoAccounts() {
		Organisation bureau = org("浙江省科学技术厅（演示）", "11330000MB0000010", OrganisationType.GOVERNMENT, true, "330000");
		Organisation university = org("之江理工大学", "12330000MB0000020", OrganisationType.UNIVERSITY, true, "330106");
		Organisation institute = org("钱塘新材料研究院", "12330100MB0000030", OrganisationType.INSTITUTE, true, "330114");
		Organisation university2 = org("东海海洋大学", "12330200MB0000040", OrganisationType.UNIVERSITY, true, "330203");
		Organisation enterprise = org("杭州云栖智能装备有限公司", "91330106MA0000050", OrganisationType.ENTERPRISE, false, "330106");
		Organisation enterprise2 = org("宁波海曙精密制造有限公司", "91330203MA0000060", OrganisationType.ENTERPRISE, false, "330203");
		Organisation enterprise3 = org("温州瓯江生物医药有限公司", "91330302MA0000070", OrganisationType.ENTERPRISE, false, "330302");
		Organisation transfer = org("浙江技术转移中心（演示）", "12330000MB0000080", OrganisationType.TRANSFER_INSTITUTION, true,
				"330000");
		Organisation registry = org("杭州市技术合同登记站（演示）", "11330100MB0000090", OrganisationType.REGISTRATION_POINT, true,
				"330100");
		Organisation bank = org("浙江科创银行（演示）", "91330100MA0000100", OrganisationType.FINANCIAL_INSTITUTION, false,
				"330100");

		user("demo-admin", "演示管理员", bureau, Role.ADMIN, Role.ORG_ADMIN);
		user("demo-institution", "之江理工大学 科技成果转化办公室", university, Role.INSTITUTION, Role.ORG_ADMIN);
		user("demo-institution2", "钱塘新材料研究院 成果管理员", institute, Role.INSTITUTION, Role.ORG_ADMIN);
		user("demo-enterprise", "云栖智能装备 技术部", enterprise, Role.ENTERPRISE, Role.ORG_ADMIN);
		user("demo-enterprise2", "海曙精密制造 研发中心", enterprise2, Role.ENTERPRISE, Role.ORG_ADMIN);
		user("demo-enterprise3", "瓯江生物医药 研发部", enterprise3, Role.ENTERPRISE, Role.ORG_ADMIN);
		user("demo-broker", "王经纪", transfer, Role.BROKER, Role.ORG_ADMIN);
		user("demo-expert1", "陈教授", university, Role.EXPERT);
		user("demo-expert2", "林研究员", institute, Role.EXPERT);
		user("demo-expert3", "周高工", enterprise2, Role.EXPERT);
		user("demo-expert4", "吴教授", university2, Role.EXPERT, Role.INSTITUTION);
		user("demo-expert5", "郑经理", transfer, Role.EXPERT);
		user("demo-expert6", "孙研究员", bank, Role.EXPERT);
		user("demo-registrar", "技术合同登记员", registry, Role.REGISTRAR, Role.ORG_ADMIN);
		user("demo-financier", "科创金融部", bank, Role.FINANCIER, Role.ORG_ADMIN);
	}

	private Organisation org(String name, String first17, OrganisationType type, boolean stateOwned, String region) {
		return accounts.ensureOrganisation(name, CreditCode.complete(first17), type, stateOwned, region, true);
	}

	private void user(String username, String displayName, Organisation organisation, Role... roles) {
		if (accounts.ensureUser(username, DEMO_PASSWORD, displayName, organisation, Set.of(roles))) {
			log.debug("Demo user {} created", username);
		}
	}

	private static String generatePassword() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}
}
