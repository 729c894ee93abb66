package org.opentechmarket.matching.demo;

import java.util.List;

import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.demand.Needs;
import org.opentechmarket.matching.domain.BrokerRequestService;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Demo matching data (demo mode only): demo-enterprise3 hands its membrane concentration need (a demo need) to the brokers,
 * so the brokers' list of needs asking for help has something to take. Idempotent: a need that was ever handed to the
 * brokers is not handed again.
 */
@Component
@Order(38)
class DemoMatching implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMatching.class);
	static final String NEED_TITLE = "中药提取液膜分离浓缩工艺";

	private final DemoMode demo;
	private final Environment environment;
	private final UserAccounts users;
	private final Needs needs;
	private final BrokerRequestService requests;

	DemoMatching(DemoMode demo, Environment environment, UserAccounts users, Needs needs, BrokerRequestService requests) {
		this.demo = demo;
		this.environment = environment;
		this.users = users;
		this.needs = needs;
		this.requests = requests;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isEnabled() || environment.acceptsProfiles(Profiles.of("cli"))) {
			return;
		}
		CurrentUser owner = users.loadUser("demo-enterprise3").orElse(null);
		if (owner == null) {
			return;
		}
		List<NeedSummary> open = needs.open(0, 1000);
		open.stream()
			.filter(n -> n.ownerOrganisationId() == owner.organisationId() && NEED_TITLE.equals(n.title()))
			.findFirst()
			.filter(n -> !requests.everRequested(n.id()))
			.ifPresent(n -> {
				requests.request(owner, n.id(), "膜分离方向我们缺少合作渠道，请经纪人帮忙对接高校和院所团队。");
				log.info("Demo data: need {} handed to the brokers", n.id());
			});
	}
}
