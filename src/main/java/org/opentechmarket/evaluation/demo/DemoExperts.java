package org.opentechmarket.evaluation.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.opentechmarket.evaluation.domain.ExpertPool;
import org.opentechmarket.evaluation.domain.ExpertProfile;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo expert profiles for demo-expert1..6 (demo mode only, not for the command line; a profile already filled in is left
 * alone). Their disciplines cover the demo achievements' discipline roots (520 430 480 416 570 510 210 460 and 630);
 * 吴教授 left 钱塘新材料研究院 a year ago, so FORMER_EMPLOYER recuses him from the institute's achievements, and 周高工's
 * time at 之江理工大学 ended long enough ago not to count. For the demo university's achievements only 陈教授 (who works there)
 * is recused: five experts stay eligible.
 */
@Component
@Order(35)
class DemoExperts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoExperts.class);

	private final DemoMode demo;
	private final Environment environment;
	private final UserAccounts users;
	private final ExpertPool pool;
	private final TransactionTemplate tx;
	private final Clock clock;

	DemoExperts(DemoMode demo, Environment environment, UserAccounts users, ExpertPool pool, TransactionTemplate tx,
			Clock clock) {
		this.demo = demo;
		this.environment = environment;
		this.users = users;
		this.pool = pool;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isEnabled() || environment.acceptsProfiles(Profiles.of("cli"))) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		tx.executeWithoutResult(s -> {
			profile("demo-expert1", "陈立新", "教授", List.of("52020", "52060", "51020"), List.of("396", "651"), List.of(),
					List.of());
			profile("demo-expert2", "林晓峰", "研究员", List.of("43050", "43055", "41630"), List.of("265"), List.of(),
					List.of());
			profile("demo-expert3", "周建国", "正高级工程师", List.of("46050", "48040", "52020"), List.of("384", "401"),
					List.of(new ExpertPool.JobLine("之江理工大学", LocalDate.of(2008, 9, 1), LocalDate.of(2015, 7, 31))),
					List.of());
			profile("demo-expert4", "吴海涛", "教授", List.of("41650", "57010", "21045", "43055"), List.of("653"),
					List.of(new ExpertPool.JobLine("钱塘新材料研究院", LocalDate.of(2016, 3, 1), today.minusYears(1))),
					List.of());
			profile("demo-expert5", "郑文斌", "高级经济师", List.of("63035", "52060", "51020"), List.of("651", "653"),
					List.of(), List.of());
			profile("demo-expert6", "孙雅琴", "研究员", List.of("79041", "48040", "46050", "21045"), List.of("384"),
					List.of(), List.of(new ExpertPool.ConflictLine("温州瓯江生物医药有限公司", "", "亲属任该公司高管")));
		});
	}

	private void profile(String username, String realName, String title, List<String> disciplines, List<String> industries,
			List<ExpertPool.JobLine> jobs, List<ExpertPool.ConflictLine> conflicts) {
		CurrentUser user = users.loadUser(username).orElse(null);
		if (user == null) {
			return;
		}
		ExpertProfile existing = pool.ofUser(user.id()).orElse(null);
		if (existing != null && !existing.getDisciplines().isEmpty()) {
			return;
		}
		pool.edit(user, new ExpertPool.ProfileEdit(realName, title, disciplines, industries, List.of("330000"), true, null,
				null, jobs, conflicts, List.of()));
		log.debug("Demo expert profile for {} created", username);
	}
}
