package org.opentechmarket.subscription.domain;

import java.sql.Timestamp;
import java.time.Clock;

import org.opentechmarket.achievement.AchievementPublished;
import org.opentechmarket.demand.NeedClosed;
import org.opentechmarket.demand.NeedOpened;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Queues what push must look at, in the transaction that makes it public (a synchronous listener): a publication that rolls
 * back leaves no queue row, and a committed one is never missed, whatever happens to the server before the next digest.
 * The matching itself waits for the digest run ({@link PushMatching}).
 *
 * <p>Imported needs ({@code NeedOpened.imported}: bulk imports of another market's listings) are not announced to holders
 * and get no default subscription: thousands of third-party listings at once, most of them months old, would flood every
 * holder's inbox and mailbox with needs nobody on the platform posted. They are still matched on their own pages, and
 * their owners may follow them.
 */
@Component
class PushQueue {

	private final JdbcTemplate jdbc;
	private final SubscriptionService subscriptions;
	private final Clock clock;

	PushQueue(JdbcTemplate jdbc, SubscriptionService subscriptions, Clock clock) {
		this.jdbc = jdbc;
		this.subscriptions = subscriptions;
		this.clock = clock;
	}

	@EventListener
	void on(AchievementPublished event) {
		jdbc.update("insert into push_publications (achievement_id, published_at) values (?, ?) on conflict do nothing",
				event.achievementId(), Timestamp.from(clock.instant()));
	}

	@EventListener
	void on(NeedOpened event) {
		if (event.imported()) {
			return;
		}
		jdbc.update("insert into push_need_openings (need_id, opened_at) values (?, ?) on conflict do nothing",
				event.needId(), Timestamp.from(clock.instant()));
		subscriptions.followByDefault(event.needId(), event.ownerOrganisationId());
	}

	@EventListener
	void on(NeedClosed event) {
		subscriptions.endForNeed(event.needId());
	}
}
