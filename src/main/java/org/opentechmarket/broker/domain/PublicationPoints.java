package org.opentechmarket.broker.domain;

import java.util.List;

import org.opentechmarket.achievement.AchievementPublished;
import org.opentechmarket.broker.AttachmentSubject;
import org.opentechmarket.broker.PointSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * LISTING_PUBLISHED points: when an achievement is published, every broker whose attachment to it was accepted earns the
 * listing points once (the ledger's unique source key makes a repeated event harmless). Runs after the publication commits,
 * so a failure here never undoes a publication; most publications (e.g. bulk imports) have no broker and cost one read.
 */
@Component
class PublicationPoints {

	private static final Logger log = LoggerFactory.getLogger(PublicationPoints.class);

	private final BrokerService brokers;
	private final PointLedger ledger;
	private final TransactionTemplate newTransaction;

	PublicationPoints(BrokerService brokers, PointLedger ledger, PlatformTransactionManager transactions) {
		this.brokers = brokers;
		this.ledger = ledger;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AchievementPublished event) {
		try {
			// read first: within the committed publication's resources, no new transaction for the usual case of no broker
			List<Attachment> attached = brokers.acceptedOn(AttachmentSubject.ACHIEVEMENT, event.achievementId());
			if (attached.isEmpty()) {
				return;
			}
			newTransaction.executeWithoutResult(status -> {
				for (Attachment a : attached) {
					ledger.award(a.getBrokerUserId(), PointSource.LISTING_PUBLISHED,
							BrokerService.listingReference(event.achievementId()), null, "system");
				}
			});
		}
		catch (RuntimeException e) {
			log.warn("Could not award listing points for achievement {}: {}", event.achievementId(), e.getMessage());
		}
	}
}
