package org.opentechmarket.institution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.opentechmarket.institution.FeedbackSubject;
import org.opentechmarket.platform.DomainException;

/** Listing and complaint transitions live in their enums; the entities enforce them and ask for reasons. */
class LifecycleTest {

	private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));

	@Test
	void listingTransitions() {
		assertThat(ListingStatus.LISTED.canMoveTo(ListingStatus.SUSPENDED)).isTrue();
		assertThat(ListingStatus.LISTED.canMoveTo(ListingStatus.DELISTED)).isTrue();
		assertThat(ListingStatus.SUSPENDED.canMoveTo(ListingStatus.LISTED)).isTrue();
		assertThat(ListingStatus.DELISTED.canMoveTo(ListingStatus.LISTED)).isTrue();
		assertThat(ListingStatus.DELISTED.canMoveTo(ListingStatus.SUSPENDED)).isFalse();
		assertThat(ListingStatus.LISTED.canMoveTo(ListingStatus.LISTED)).isFalse();
	}

	@Test
	void suspendingNeedsAReasonAndRelistingClearsIt() {
		InstitutionProfile profile = new InstitutionProfile(1, DirectoryKind.PROVIDER, "测试", "330100", clock);
		assertThat(profile.isListed()).isTrue();
		assertThatThrownBy(() -> profile.moveTo(ListingStatus.SUSPENDED, " ", clock))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("reason"));
		profile.moveTo(ListingStatus.SUSPENDED, "资质复核中", clock);
		assertThat(profile.isListed()).isFalse();
		assertThat(profile.getStatusReason()).isEqualTo("资质复核中");
		assertThatThrownBy(() -> profile.moveTo(ListingStatus.SUSPENDED, "again", clock))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
		profile.moveTo(ListingStatus.LISTED, null, clock);
		assertThat(profile.getStatusReason()).isNull();
		profile.moveTo(ListingStatus.DELISTED, "机构注销", clock);
		assertThatThrownBy(() -> profile.moveTo(ListingStatus.SUSPENDED, "x", clock)).isInstanceOf(DomainException.class);
	}

	@Test
	void levelNeedsYearAndDocumentUnlessNone() {
		InstitutionProfile profile = new InstitutionProfile(1, DirectoryKind.INSTITUTION, "测试", "330100", clock);
		assertThatThrownBy(() -> profile.recognise(InstitutionLevel.NATIONAL, 2030, "", 2026, clock))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("levelYear", "levelDocument"));
		assertThat(profile.getLevel()).isEqualTo(InstitutionLevel.NONE);
		profile.recognise(InstitutionLevel.NATIONAL, 2020, " 国科发火〔2020〕1号 ", 2026, clock);
		assertThat(profile.getLevelDocument()).isEqualTo("国科发火〔2020〕1号");
		profile.recognise(InstitutionLevel.NONE, 2020, "x", 2026, clock);
		assertThat(profile.getLevelYear()).isNull();
		assertThat(profile.getLevelDocument()).isNull();
	}

	@Test
	void complaintTransitions() {
		assertThat(ComplaintStatus.RECEIVED.canMoveTo(ComplaintStatus.INVESTIGATING)).isTrue();
		assertThat(ComplaintStatus.INVESTIGATING.canMoveTo(ComplaintStatus.UPHELD)).isTrue();
		assertThat(ComplaintStatus.INVESTIGATING.canMoveTo(ComplaintStatus.RECEIVED)).isFalse();
		assertThat(ComplaintStatus.UPHELD.canMoveTo(ComplaintStatus.DISMISSED)).isFalse();
		assertThat(ComplaintStatus.DISMISSED.canMoveTo(ComplaintStatus.INVESTIGATING)).isFalse();

		Complaint complaint = new Complaint(FeedbackSubject.broker(7), 3, "王经纪", 9, "客户", 2026, "收费与约定不符。", clock);
		complaint.moveTo(ComplaintStatus.INVESTIGATING, null, "admin", clock);
		assertThatThrownBy(() -> complaint.moveTo(ComplaintStatus.UPHELD, "", "admin", clock))
			.isInstanceOf(DomainException.class);
		assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.INVESTIGATING);
		complaint.respond("已退还差额。", "broker", 100, clock);
		complaint.moveTo(ComplaintStatus.UPHELD, "查实多收费用", "admin", clock);
		assertThat(complaint.getDecisionReason()).isEqualTo("查实多收费用");
		assertThatThrownBy(() -> complaint.respond("再回复", "broker", 100, clock))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
		assertThatThrownBy(() -> complaint.moveTo(ComplaintStatus.DISMISSED, "x", "admin", clock))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void ratingsAreDecidedOnceAndRejectionNeedsAReason() {
		Rating rating = new Rating(FeedbackSubject.organisation(3), 3, "机构", 9, 4, "客户单位", 2026, 4, "好", clock);
		assertThat(rating.getStatus()).isEqualTo(RatingStatus.PENDING);
		assertThatThrownBy(() -> rating.reject(null, "admin", clock)).isInstanceOf(DomainException.class);
		rating.approve("admin", clock);
		assertThat(rating.getStatus()).isEqualTo(RatingStatus.APPROVED);
		assertThatThrownBy(() -> rating.reject("late", "admin", clock))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
	}
}
