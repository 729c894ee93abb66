package org.opentechmarket.listing.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.support.MutableClock;
import org.springframework.test.util.ReflectionTestUtils;

/** Sealed offers: unreadable before the opening, tamper-evident, and with no plaintext in what is stored. */
class TenderSealTest {

	private static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");
	private static final String PROPOSAL = "采用结构光视觉传感器与深度学习焊缝识别算法，六个月内完成样机。";

	private final MutableClock clock = new MutableClock(NOW, ZoneId.of("Asia/Shanghai"));
	private final Sealer sealer = new Sealer(new MasterKey(SealedBox.newKey()), clock);

	private Tender tender(long id, Instant deadline) {
		Tender t = new Tender(TenderKind.BUY, 1, "招标方", "owner", "焊缝跟踪", "说明说明说明说明说明说明说明说明说明说明", null, null,
				null, null, new BigDecimal("30"), List.of(new Criterion("技术方案", BigDecimal.TEN)), new BigDecimal("60"), null,
				deadline, deadline, null, Map.of(), clock);
		ReflectionTestUtils.setField(t, "id", id);
		sealer.newDataKey(t);
		return t;
	}

	private TenderOffer offer(Tender t, long bidder, String price) {
		TenderOffer o = new TenderOffer(t.getId(), bidder, "投标人" + bidder, 5, "bidder", null);
		int revision = o.nextRevision();
		Sealer.Sealed s = sealer.seal(t, bidder, revision, new OfferContent(new BigDecimal(price), PROPOSAL, null));
		o.seal(revision, s.bytes(), s.receipt(), "bidder", 5, clock);
		return o;
	}

	private static boolean contains(byte[] haystack, byte[] needle) {
		for (int i = 0; i + needle.length <= haystack.length; i++) {
			if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void nobodyCanDecryptBeforeTheOpening() {
		Tender t = tender(7, NOW.plus(Duration.ofDays(20)));
		TenderOffer o = offer(t, 42, "654321.00");
		assertThatThrownBy(() -> sealer.unseal(t, o)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo("tender.sealed"));
		// the opening time alone is not enough: the audited opening must have happened
		clock.advance(Duration.ofDays(21));
		assertThatThrownBy(() -> sealer.unseal(t, o)).isInstanceOf(DomainException.class);
		// nor is an opening record with the clock set back before the opening time
		t.beginOpening("owner", "", clock);
		clock.set(NOW);
		assertThatThrownBy(() -> sealer.unseal(t, o)).isInstanceOf(DomainException.class);
		clock.advance(Duration.ofDays(21));
		OfferContent c = sealer.unseal(t, o);
		assertThat(c.price()).isEqualByComparingTo("654321.00");
		assertThat(c.proposal()).isEqualTo(PROPOSAL);
	}

	@Test
	void theOpeningItselfIsRefusedBeforeTheOpeningTime() {
		Tender t = tender(8, NOW.plus(Duration.ofDays(20)));
		assertThatThrownBy(() -> t.beginOpening("admin", "", clock)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo("tender.opening.notYet"));
		assertThat(t.getOpenedAt()).isNull();
	}

	@Test
	void theStoredBytesContainNoPlaintext() {
		Tender t = tender(9, NOW.plus(Duration.ofDays(20)));
		TenderOffer o = offer(t, 42, "654321.00");
		byte[] stored = o.getSealed();
		assertThat(contains(stored, "654321".getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(contains(stored, "结构光".getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(contains(stored, PROPOSAL.getBytes(StandardCharsets.UTF_16BE))).isFalse();
		// two seals of the same content differ (random nonce): equal offers cannot be spotted either
		TenderOffer again = offer(t, 43, "654321.00");
		assertThat(again.getSealed()).isNotEqualTo(stored);
		// the tender's data key is stored wrapped only
		assertThat(t.getWrappedKey()).hasSize(1 + 12 + 32 + 16);
	}

	@Test
	void aTamperedCiphertextIsRejected() {
		Tender t = tender(10, NOW);
		TenderOffer o = offer(t, 42, "1000.00");
		t.beginOpening("owner", "", clock);
		byte[] sealed = o.getSealed();
		for (int position : new int[] { 5, sealed.length / 2, sealed.length - 1 }) {
			byte[] altered = sealed.clone();
			altered[position] ^= 0x01;
			ReflectionTestUtils.setField(o, "sealed", altered);
			assertThatThrownBy(() -> sealer.unseal(t, o)).as("bit flipped at " + position)
				.isInstanceOf(SealedBox.BrokenSeal.class);
		}
		ReflectionTestUtils.setField(o, "sealed", sealed);
		assertThat(sealer.unseal(t, o).price()).isEqualByComparingTo("1000.00");
	}

	@Test
	void aCiphertextMovedToAnotherBidderOrTenderDoesNotDecrypt() {
		Tender t = tender(11, NOW);
		TenderOffer mine = offer(t, 42, "1000.00");
		TenderOffer theirs = offer(t, 43, "2000.00");
		t.beginOpening("owner", "", clock);
		ReflectionTestUtils.setField(theirs, "sealed", mine.getSealed());
		assertThatThrownBy(() -> sealer.unseal(t, theirs)).isInstanceOf(SealedBox.BrokenSeal.class);
		// another tender has another data key
		Tender other = tender(12, NOW);
		other.beginOpening("owner", "", clock);
		TenderOffer moved = new TenderOffer(12, 42, "x", 5, "bidder", null);
		ReflectionTestUtils.setField(moved, "sealed", mine.getSealed());
		ReflectionTestUtils.setField(moved, "revision", 1);
		assertThatThrownBy(() -> sealer.unseal(other, moved)).isInstanceOf(SealedBox.BrokenSeal.class);
	}

	@Test
	void anotherMasterKeyCannotUnwrapTheDataKey() {
		Tender t = tender(13, NOW);
		TenderOffer o = offer(t, 42, "1000.00");
		t.beginOpening("owner", "", clock);
		Sealer stranger = new Sealer(new MasterKey(SealedBox.newKey()), clock);
		assertThatThrownBy(() -> stranger.unseal(t, o)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("master key");
	}
}
