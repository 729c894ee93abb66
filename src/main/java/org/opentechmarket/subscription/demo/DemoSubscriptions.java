package org.opentechmarket.subscription.demo;

import java.util.List;
import java.util.Locale;

import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DemoMode;
import org.opentechmarket.subscription.domain.SearchCriteria;
import org.opentechmarket.subscription.domain.SubscriptionService;
import org.opentechmarket.subscription.domain.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Demo saved searches of two demo enterprises (the demo needs' owners already follow their needs by default). Idempotent:
 * a search whose name its user already has is not saved again.
 */
@Component
@Order(38)
class DemoSubscriptions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSubscriptions.class);

	private record Demo(String username, String name, SearchCriteria criteria) {
	}

	private static final List<Demo> DEMOS = List.of(
			new Demo("demo-enterprise2", "精密轴承热处理", new SearchCriteria("精密轴承 热处理 渗碳", "C", null, "330000", null, null)),
			new Demo("demo-enterprise3", "发酵与生物制药工艺", new SearchCriteria("发酵工艺 生物制药", null, null, null, 4, null)));

	private final SubscriptionService service;
	private final Subscriptions subscriptions;
	private final UserAccounts users;
	private final DemoMode demo;
	private final Environment environment;

	DemoSubscriptions(SubscriptionService service, Subscriptions subscriptions, UserAccounts users, DemoMode demo,
			Environment environment) {
		this.service = service;
		this.subscriptions = subscriptions;
		this.users = users;
		this.demo = demo;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isEnabled() || environment.acceptsProfiles(Profiles.of("cli"))) {
			return;
		}
		int created = 0;
		for (Demo d : DEMOS) {
			CurrentUser user = users.loadUser(d.username()).orElse(null);
			if (user == null || subscriptions.findFirstByUserIdAndName(user.id(), d.name()).isPresent()) {
				continue;
			}
			service.saveSearch(user, d.name(), d.criteria(), Locale.SIMPLIFIED_CHINESE);
			created++;
		}
		if (created > 0) {
			log.info("Demo data: {} saved searches", created);
		}
	}
}
