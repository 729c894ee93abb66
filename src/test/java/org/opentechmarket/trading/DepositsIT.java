package org.opentechmarket.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Deposits as the trading routes use them: one per subject and payer, confirmed once, every repeat a no-op. */
@PlatformTest
class DepositsIT {

	@Autowired
	Deposits deposits;
	@Autowired
	UserDetailsService userDetails;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	org.springframework.context.ConfigurableApplicationContext context;

	/** Every DepositConfirmed published while this class runs (a listener added to the shared context, not a new bean). */
	static final List<Long> confirmedEvents = java.util.Collections.synchronizedList(new ArrayList<>());
	static volatile boolean listening;

	@org.junit.jupiter.api.BeforeEach
	void listen() {
		synchronized (DepositsIT.class) {
			if (!listening) {
				context.addApplicationListener((org.springframework.context.ApplicationEvent e) -> {
					if (e instanceof org.springframework.context.PayloadApplicationEvent<?> p
							&& p.getPayload() instanceof DepositConfirmed c) {
						confirmedEvents.add(c.depositId());
					}
				});
				listening = true;
			}
		}
	}

	TradingFixtures fx() {
		return new TradingFixtures(userDetails, jdbc);
	}

	@Test
	void oneDepositPerSubjectAndPayerEvenWhenRequiredConcurrently() throws Exception {
		CurrentUser enterprise = fx().user("demo-enterprise");
		DepositSubject subject = new DepositSubject("auction", TradingFixtures.uniqueId());
		List<DepositView> views = inParallel(8, () -> deposits.require(subject, enterprise.organisationId(),
				new BigDecimal("20000")));
		assertThat(views).extracting(DepositView::id).containsOnly(views.get(0).id());
		assertThat(deposits.of(subject)).singleElement().satisfies(d -> {
			assertThat(d.status()).isEqualTo(DepositStatus.PENDING);
			assertThat(d.amount()).isEqualByComparingTo("20000.00").hasScaleOf(2);
			assertThat(d.payerOrganisationId()).isEqualTo(enterprise.organisationId());
		});
		assertThatThrownBy(() -> deposits.require(subject, enterprise.organisationId(), new BigDecimal("20000.01")))
			.isInstanceOf(DomainException.class).hasMessage("deposit.amountDiffers");
	}

	@Test
	void confirmingIsForAdministratorsNeedsABankReferenceAndHappensOnce() throws Exception {
		CurrentUser admin = fx().user("demo-admin");
		CurrentUser enterprise = fx().user("demo-enterprise2");
		DepositView d = deposits.require(new DepositSubject("listing", TradingFixtures.uniqueId()),
				enterprise.organisationId(), new BigDecimal("1500.50"));

		assertThatThrownBy(() -> deposits.confirm(d.id(), enterprise, "REF")).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
		assertThatThrownBy(() -> deposits.confirm(d.id(), admin, "  ")).isInstanceOf(DomainException.class)
			.satisfies(e -> assertThat(((DomainException) e).violations()).extracting(v -> v.field())
				.containsExactly("bankReference"));

		String reference = "ICBC-" + TradingFixtures.uniqueId();
		List<DepositView> confirmed = inParallel(6, () -> deposits.confirm(d.id(), admin, reference));
		assertThat(confirmed).allSatisfy(c -> {
			assertThat(c.status()).isEqualTo(DepositStatus.CONFIRMED);
			assertThat(c.bankReference()).isEqualTo(reference);
			assertThat(c.confirmedBy()).isEqualTo("demo-admin");
		});
		assertThat(fx().audits("deposit.confirm", "deposit", d.id())).isEqualTo(1);
		assertThat(confirmedEvents).containsOnlyOnce(d.id());

		// a later confirmation with another reference changes nothing
		DepositView again = deposits.confirm(d.id(), admin, "OTHER");
		assertThat(again.bankReference()).isEqualTo(reference);
		assertThat(fx().audits("deposit.confirm", "deposit", d.id())).isEqualTo(1);
	}

	@Test
	void releaseAndForfeitAreFinalAndIdempotent() {
		CurrentUser admin = fx().user("demo-admin");
		CurrentUser enterprise = fx().user("demo-enterprise3");
		long subject = TradingFixtures.uniqueId();
		DepositView loser = deposits.require(new DepositSubject("auction", subject), enterprise.organisationId(),
				new BigDecimal("800"));
		DepositView winner = deposits.require(new DepositSubject("auction", subject), fx().user("demo-enterprise")
			.organisationId(), new BigDecimal("800"));
		deposits.confirm(loser.id(), admin, "L-" + subject);
		deposits.confirm(winner.id(), admin, "W-" + subject);

		assertThatThrownBy(() -> deposits.release(loser.id(), " ")).isInstanceOf(DomainException.class)
			.hasMessage("error.validation");
		assertThat(deposits.release(loser.id(), "lost the auction").status()).isEqualTo(DepositStatus.RELEASED);
		assertThat(deposits.release(loser.id(), "lost the auction").status()).isEqualTo(DepositStatus.RELEASED);
		assertThat(fx().audits("deposit.release", "deposit", loser.id())).isEqualTo(1);
		assertThatThrownBy(() -> deposits.forfeit(loser.id(), "x")).isInstanceOf(DomainException.class)
			.hasMessage("deposit.transition.notAllowed");

		assertThat(deposits.forfeit(winner.id(), "did not sign in time").status()).isEqualTo(DepositStatus.FORFEITED);
		assertThat(deposits.forfeit(winner.id(), "did not sign in time").status()).isEqualTo(DepositStatus.FORFEITED);
		assertThat(fx().audits("deposit.forfeit", "deposit", winner.id())).isEqualTo(1);
		assertThat(deposits.of(new DepositSubject("auction", subject))).extracting(DepositView::status)
			.containsExactlyInAnyOrder(DepositStatus.RELEASED, DepositStatus.FORFEITED);
		assertThatThrownBy(() -> deposits.release(123L, "x")).isInstanceOf(DomainException.class)
			.hasMessage("deposit.notFound");
	}

	static <T> List<T> inParallel(int threads, Callable<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> f : futures) {
				results.add(f.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
