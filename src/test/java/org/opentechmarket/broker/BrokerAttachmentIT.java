package org.opentechmarket.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.AchievementPublished;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.broker.domain.Attachment;
import org.opentechmarket.broker.domain.BrokerService;
import org.opentechmarket.broker.domain.PointEntry;
import org.opentechmarket.people.internal.AccountService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Brokers work on achievements only with the holder's consent; publication pays listing points once. */
@PlatformTest
class BrokerAttachmentIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	BrokerService brokers;

	@Autowired
	AchievementService achievements;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	private BrokerFixtures fixtures;
	private CurrentUser holder;

	@BeforeEach
	void setUp() {
		fixtures = new BrokerFixtures(accounts, users, brokers, clock);
		holder = fixtures.user("demo-institution");
	}

	@Test
	void onlyAMemberOfTheHolderWithTheHolderRoleAcceptsAnOfferAndAcceptancePaysTheListingOnce() throws Exception {
		long achievement = Registrations.publish(mvc, holder,
				Registrations.appliedJson("经纪人申请服务的成果" + Registrations.unique(), Registrations.patentNumber()), clock,
				achievements);
		CurrentUser broker = fixtures.newBroker("申请经纪人");
		mvc.perform(post("/broker/offers").param("achievementId", String.valueOf(achievement)).with(user(broker)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long attachment = pending(broker).getId();

		// another organisation's institution member, a non-registrant member of the holder, and the broker: as if it did not exist
		for (String outsider : List.of("demo-institution2", "demo-expert1", "demo-enterprise")) {
			mvc.perform(post("/my/brokers/{id}/accept", attachment).with(user(fixtures.user(outsider))).with(csrf()))
				.andExpect(status().isNotFound());
		}
		mvc.perform(post("/broker/attachments/{id}/accept", attachment).with(user(broker)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(brokers.brokersOf(AttachmentSubject.ACHIEVEMENT, achievement)).isEmpty();
		assertThat(brokers.ledgerOf(broker, broker.id())).isEmpty();

		mvc.perform(post("/my/brokers/{id}/accept", attachment).with(user(holder)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(brokers.brokersOf(AttachmentSubject.ACHIEVEMENT, achievement))
			.singleElement()
			.satisfies(b -> assertThat(b.brokerUserId()).isEqualTo(broker.id()));
		// already published when attached: the listing points come at acceptance
		assertThat(listings(broker)).singleElement()
			.satisfies(e -> assertThat(e.getSourceReference()).isEqualTo("achievement:" + achievement));
		// a second offer on the same achievement is refused; a decided one cannot be decided again
		mvc.perform(post("/broker/offers").param("achievementId", String.valueOf(achievement)).with(user(broker)).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post("/my/brokers/{id}/decline", attachment).with(user(holder)).with(csrf()))
			.andExpect(status().isConflict());
		// a later publication event of the same achievement pays nothing more
		tx.executeWithoutResult(s -> events.publishEvent(new AchievementPublished(achievement, "X", holder.organisationId())));
		assertThat(listings(broker)).hasSize(1);

		// either side ends it; another organisation cannot; earned points stay
		mvc.perform(post("/my/brokers/{id}/end", attachment).with(user(fixtures.user("demo-institution2"))).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/my/brokers/{id}/end", attachment).with(user(holder)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(brokers.brokersOf(AttachmentSubject.ACHIEVEMENT, achievement)).isEmpty();
		assertThat(listings(broker)).hasSize(1);
		mvc.perform(post("/broker/attachments/{id}/end", attachment).with(user(broker)).with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void aBrokerInvitedToADraftEarnsTheListingPointsWhenItIsPublishedAndOnlyOnce() throws Exception {
		CurrentUser broker = fixtures.newBroker("受邀经纪人");
		long id = Registrations.createDraft(mvc, holder.getUsername(),
				Registrations.appliedJson("邀请经纪人的草稿成果" + Registrations.unique(), Registrations.patentNumber()));
		// another holder cannot invite a broker to this draft
		mvc.perform(post("/my/brokers/invite").param("achievementId", String.valueOf(id))
				.param("brokerUserId", String.valueOf(broker.id())).with(user(fixtures.user("demo-institution2"))).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/my/brokers/invite").param("achievementId", String.valueOf(id))
				.param("brokerUserId", String.valueOf(broker.id())).with(user(holder)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long attachment = pending(broker).getId();
		// the holder cannot accept its own invitation: the broker consents
		mvc.perform(post("/my/brokers/{id}/accept", attachment).with(user(holder)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/broker/attachments/{id}/accept", attachment).with(user(broker)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(listings(broker)).isEmpty();

		Registrations.uploadAppliedEvidence(mvc, holder, id);
		Registrations.submit(mvc, holder.getUsername(), id);
		Registrations.approve(mvc, id);
		clock.advance(Duration.ofDays(16));
		achievements.publishDueNotices();
		assertThat(listings(broker)).singleElement()
			.satisfies(e -> assertThat(e.getSourceReference()).isEqualTo("achievement:" + id));
		tx.executeWithoutResult(s -> events.publishEvent(new AchievementPublished(id, "X", holder.organisationId())));
		assertThat(listings(broker)).hasSize(1);
	}

	@Test
	void aSuspendedBrokerTakesNoNewAttachments() throws Exception {
		long achievement = Registrations.publish(mvc, holder,
				Registrations.appliedJson("暂停经纪人不得承接的成果" + Registrations.unique(), Registrations.patentNumber()), clock,
				achievements);
		CurrentUser broker = fixtures.newBroker("被暂停经纪人");
		CurrentUser admin = fixtures.user("demo-admin");
		mvc.perform(post("/admin/brokers/{id}/status", broker.id()).param("status", "SUSPENDED").param("reason", "投诉核实")
				.with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/broker/offers").param("achievementId", String.valueOf(achievement)).with(user(broker)).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post("/my/brokers/invite").param("achievementId", String.valueOf(achievement))
				.param("brokerUserId", String.valueOf(broker.id())).with(user(holder)).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(brokers.attachmentsOfBroker(broker)).isEmpty();
		assertThat(brokers.historyOf(broker.id())).extracting(h -> h.getToStatus().name())
			.containsExactly("ACTIVE", "SUSPENDED");
	}

	private Attachment pending(CurrentUser broker) {
		return brokers.attachmentsOfBroker(broker).stream()
			.filter(a -> a.getStatus() == Attachment.Status.PENDING)
			.findFirst()
			.orElseThrow();
	}

	private List<PointEntry> listings(CurrentUser broker) {
		return brokers.ledgerOf(broker, broker.id()).stream()
			.filter(e -> e.getSource() == PointSource.LISTING_PUBLISHED)
			.toList();
	}
}
