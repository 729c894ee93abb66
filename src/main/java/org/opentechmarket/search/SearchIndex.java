package org.opentechmarket.search;

import java.util.function.LongConsumer;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/** Rebuilds the search index from the database (after a backend switch, an analyzer change or a restore). */
@Component
public class SearchIndex {

	private final EntityManagerFactory entityManagerFactory;

	public SearchIndex(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/** Drops and rebuilds every index; {@code progress} receives the running count of indexed entities. */
	public long reindexAll(LongConsumer progress) throws InterruptedException {
		try (var entityManager = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
			session.massIndexer()
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(200)
				.dropAndCreateSchemaOnStart(true)
				.monitor(new Monitor(done, progress))
				.startAndWait();
			return done.get();
		}
	}

	private record Monitor(java.util.concurrent.atomic.AtomicLong done, LongConsumer progress) implements MassIndexingMonitor {

		@Override
		public void documentsAdded(long increment) {
			progress.accept(done.addAndGet(increment));
		}

		@Override
		public void documentsBuilt(long increment) {
		}

		@Override
		public void entitiesLoaded(long increment) {
		}

		@Override
		public void addToTotalCount(long increment) {
		}

		@Override
		public void indexingCompleted() {
		}
	}
}
