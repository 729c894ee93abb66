package org.opentechmarket.achievement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.AchievementCategory;
import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.platform.DomainException;
import org.springframework.test.util.ReflectionTestUtils;

/** The registration lifecycle on the entity itself, with a fixed clock per step. */
class AchievementLifecycleTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
	private static final Achievement.DerivedCodes DERIVED = new Achievement.DerivedCodes("520", "C", "330000");
	private static final String NUMBER = "3302026Y0042";

	private Achievement a;

	@BeforeEach
	void draft() {
		a = Achievement.draft(7L, "之江理工大学", "demo-institution", TestContents.validApplied("纺织品瑕疵在线检测系统"),
				DERIVED, at(T0));
	}

	@Test
	void aNewDraftCarriesTheContentAndOneWorkflowStep() {
		assertThat(a.getStatus()).isEqualTo(AchievementStatus.DRAFT);
		assertThat(a.getLineage()).isNotBlank();
		assertThat(a.getVersionNumber()).isEqualTo(1);
		assertThat(a.isRevision()).isFalse();
		assertThat(a.getRegistrationNumber()).isNull();
		assertThat(a.getHolderOrganisationId()).isEqualTo(7L);
		assertThat(a.getCreatedBy()).isEqualTo("demo-institution");
		assertThat(a.getCreatedAt()).isEqualTo(T0);
		assertThat(a.getTitle()).isEqualTo("纺织品瑕疵在线检测系统");
		assertThat(a.getDisciplineRoot()).isEqualTo("520");
		assertThat(a.getProvinceCode()).isEqualTo("330000");
		assertThat(a.claimsIp()).isTrue();
		assertThat(a.getWorkflow()).extracting(WorkflowStep::getFromStatus, WorkflowStep::getToStatus, WorkflowStep::getActor)
			.containsExactly(tuple(null, AchievementStatus.DRAFT, "demo-institution"));
		// the content round-trips through the entity
		AchievementContent back = a.content();
		assertThat(back.getKeywords()).containsExactly("机器视觉", "瑕疵检测", "边缘计算");
		assertThat(back.getInventors()).extracting(AchievementContent.InventorLine::getName).containsExactly("张明", "李华");
		assertThat(back.getIpRights()).extracting(AchievementContent.IpLine::getNumber).containsExactly("ZL202310456789.1");
		assertThat(back.getPriceMin()).isEqualByComparingTo("80");
		assertThat(back.isPriceNegotiable()).isFalse();
	}

	@Test
	void fullPathFromSubmissionToPublication() {
		Instant submitted = T0.plus(Duration.ofDays(1));
		a.submit("demo-institution", at(submitted));
		assertThat(a.getStatus()).isEqualTo(AchievementStatus.SUBMITTED);
		assertThat(a.getSubmittedAt()).isEqualTo(submitted);
		assertThat(a.getFirstSubmittedAt()).isEqualTo(submitted);

		Instant approved = submitted.plus(Duration.ofDays(2));
		a.approve(NUMBER, 15, "demo-admin", at(approved));
		assertThat(a.getStatus()).isEqualTo(AchievementStatus.IN_NOTICE);
		assertThat(a.getRegistrationNumber()).isEqualTo(NUMBER);
		assertThat(a.getNoticeStartsAt()).isEqualTo(approved);
		assertThat(a.getNoticeEndsAt()).isEqualTo(approved.plus(Duration.ofDays(15)));

		Instant end = a.getNoticeEndsAt();
		assertThat(a.noticeOver(at(end.minusSeconds(1)))).isFalse();
		assertThat(a.noticeOver(at(end))).isTrue();

		// one second before the end of the notice: refused, nothing changes
		assertConflict(() -> a.publish(false, at(end.minusSeconds(1))), "achievement.notice.notOver");
		assertThat(a.getStatus()).isEqualTo(AchievementStatus.IN_NOTICE);
		assertThat(a.getPublishedAt()).isNull();

		// an open objection holds publication even after the end
		assertConflict(() -> a.publish(true, at(end.plusSeconds(1))), "achievement.notice.objectionOpen");
		assertThat(a.getStatus()).isEqualTo(AchievementStatus.IN_NOTICE);

		// exactly at the end: published
		a.publish(false, at(end));
		assertThat(a.getStatus()).isEqualTo(AchievementStatus.PUBLISHED);
		assertThat(a.getPublishedAt()).isEqualTo(end);
		assertThat(a.getRegistrationNumber()).isEqualTo(NUMBER);

		// published twice: refused
		assertConflict(() -> a.publish(false, at(end.plusSeconds(10))), "achievement.transition.notAllowed");

		assertThat(a.getWorkflow())
			.extracting(WorkflowStep::getFromStatus, WorkflowStep::getToStatus, WorkflowStep::getActor, WorkflowStep::getAt)
			.containsExactly(
					tuple(null, AchievementStatus.DRAFT, "demo-institution", T0),
					tuple(AchievementStatus.DRAFT, AchievementStatus.SUBMITTED, "demo-institution", submitted),
					tuple(AchievementStatus.SUBMITTED, AchievementStatus.IN_NOTICE, "demo-admin", approved),
					tuple(AchievementStatus.IN_NOTICE, AchievementStatus.PUBLISHED, "system", end));
	}

	@Test
	void publishingNeedsTheNotice() {
		assertConflict(() -> a.publish(false, at(T0.plus(Duration.ofDays(100)))), "achievement.transition.notAllowed");
		a.submit("demo-institution", at(T0));
		assertConflict(() -> a.publish(false, at(T0.plus(Duration.ofDays(100)))), "achievement.transition.notAllowed");
		assertThat(a.getStatus()).isEqualTo(AchievementStatus.SUBMITTED);
	}

	@Test
	void approvingADraftIsRefusedAndGivesNoNumber() {
		assertConflict(() -> a.approve(NUMBER, 15, "demo-admin", at(T0)), "achievement.transition.notAllowed");
		assertThat(a.getRegistrationNumber()).isNull();
		assertThat(a.getNoticeEndsAt()).isNull();
		assertThat(a.getStatus()).isEqualTo(AchievementStatus.DRAFT);
	}

	@Test
	void noticeLengthComesFromTheCaller() {
		a.submit("u", at(T0));
		a.approve(NUMBER, 30, "demo-admin", at(T0));
		assertThat(a.getNoticeEndsAt()).isEqualTo(T0.plus(Duration.ofDays(30)));
	}

	@Test
	void returnNeedsAReasonAndTheReasonIsRecorded() {
		a.submit("demo-institution", at(T0));
		assertInvalidReason(() -> a.returnForChanges(null, "demo-admin", at(T0)));
		assertInvalidReason(() -> a.returnForChanges("   ", "demo-admin", at(T0)));
		assertThat(a.getStatus()).isEqualTo(AchievementStatus.SUBMITTED);

		Instant returned = T0.plus(Duration.ofHours(3));
		a.returnForChanges("缺少检测报告", "demo-admin", at(returned));
		assertThat(a.getStatus()).isEqualTo(AchievementStatus.RETURNED);
		WorkflowStep last = a.getWorkflow().get(a.getWorkflow().size() - 1);
		assertThat(last.getReason()).isEqualTo("缺少检测报告");
		assertThat(last.getActor()).isEqualTo("demo-admin");
		assertThat(last.getAt()).isEqualTo(returned);

		// a returned registration is edited and submitted again; the first submission date is kept
		a.edit(TestContents.validApplied("纺织品瑕疵在线检测系统（修订）"), DERIVED, "demo-institution", at(returned.plusSeconds(60)));
		assertThat(a.getTitle()).isEqualTo("纺织品瑕疵在线检测系统（修订）");
		assertThat(a.getUpdatedAt()).isEqualTo(returned.plusSeconds(60));
		Instant again = returned.plus(Duration.ofDays(1));
		a.submit("demo-institution", at(again));
		assertThat(a.getStatus()).isEqualTo(AchievementStatus.SUBMITTED);
		assertThat(a.getSubmittedAt()).isEqualTo(again);
		assertThat(a.getFirstSubmittedAt()).isEqualTo(T0);
	}

	@Test
	void rejectNeedsAReasonAndIsFinal() {
		a.submit("demo-institution", at(T0));
		assertInvalidReason(() -> a.reject("", "demo-admin", at(T0)));
		assertThat(a.getStatus()).isEqualTo(AchievementStatus.SUBMITTED);
		a.reject("涉及重复登记", "demo-admin", at(T0));
		assertThat(a.getStatus()).isEqualTo(AchievementStatus.REJECTED);
		assertThat(a.getWorkflow().get(a.getWorkflow().size() - 1).getReason()).isEqualTo("涉及重复登记");
		assertConflict(() -> a.submit("demo-institution", at(T0)), "achievement.transition.notAllowed");
		assertConflict(() -> a.withdraw("demo-institution", null, at(T0)), "achievement.transition.notAllowed");
		assertConflict(() -> a.edit(TestContents.validApplied("x"), DERIVED, "demo-institution", at(T0)),
				"achievement.notEditable");
	}

	@Test
	void onlySubmittedRegistrationsAreReturnedOrRejected() {
		assertConflict(() -> a.returnForChanges("理由", "demo-admin", at(T0)), "achievement.transition.notAllowed");
		assertConflict(() -> a.reject("理由", "demo-admin", at(T0)), "achievement.transition.notAllowed");
		assertThat(a.getStatus()).isEqualTo(AchievementStatus.DRAFT);
	}

	@Test
	void anUpheldObjectionReturnsTheRegistrationAndEndsTheNotice() {
		a.submit("demo-institution", at(T0));
		a.approve(NUMBER, 15, "demo-admin", at(T0));
		assertInvalidReason(() -> a.objectionUpheld(" ", "demo-admin", at(T0)));
		assertThat(a.getStatus()).isEqualTo(AchievementStatus.IN_NOTICE);

		a.objectionUpheld("完成人排序有争议", "demo-admin", at(T0.plus(Duration.ofDays(3))));
		assertThat(a.getStatus()).isEqualTo(AchievementStatus.RETURNED);
		assertThat(a.getNoticeStartsAt()).isNull();
		assertThat(a.getNoticeEndsAt()).isNull();
		assertThat(a.noticeOver(at(T0.plus(Duration.ofDays(100))))).isFalse();
		WorkflowStep last = a.getWorkflow().get(a.getWorkflow().size() - 1);
		assertThat(last.getFromStatus()).isEqualTo(AchievementStatus.IN_NOTICE);
		assertThat(last.getToStatus()).isEqualTo(AchievementStatus.RETURNED);
		assertThat(last.getReason()).isEqualTo("完成人排序有争议");
		assertThat(a.getStatus().isEditable()).isTrue();
	}

	@Test
	void objectionOutsideTheNoticeIsRefused() {
		assertConflict(() -> a.objectionUpheld("理由充分", "demo-admin", at(T0)), "achievement.transition.notAllowed");
	}

	@Test
	void editIsRefusedOnceSubmitted() {
		a.edit(TestContents.validApplied("草稿可以修改"), DERIVED, "demo-institution", at(T0.plusSeconds(5)));
		assertThat(a.getTitle()).isEqualTo("草稿可以修改");

		a.submit("demo-institution", at(T0));
		assertConflict(() -> a.edit(TestContents.validApplied("提交后不能修改"), DERIVED, "demo-institution", at(T0)),
				"achievement.notEditable");
		assertThat(a.getTitle()).isEqualTo("草稿可以修改");

		a.approve(NUMBER, 15, "demo-admin", at(T0));
		assertConflict(() -> a.edit(TestContents.validApplied("公示中不能修改"), DERIVED, "demo-institution", at(T0)),
				"achievement.notEditable");
		a.publish(false, at(T0.plus(Duration.ofDays(15))));
		assertConflict(() -> a.edit(TestContents.validApplied("发布后不能直接修改"), DERIVED, "demo-institution", at(T0)),
				"achievement.notEditable");
		assertThat(a.getTitle()).isEqualTo("草稿可以修改");
	}

	@Test
	void aRevisionSupersedesThePublishedVersionAndKeepsTheNumber() {
		Achievement published = publishedWithId(1001L);
		Instant firstSubmitted = published.getFirstSubmittedAt();

		AchievementContent changed = published.content();
		changed.setAbstractText(TestContents.ABSTRACT + "新增中试数据。");
		Instant revised = T0.plus(Duration.ofDays(40));
		Achievement revision = published.startRevision("demo-institution", changed, DERIVED, at(revised));
		assertThat(revision.getStatus()).isEqualTo(AchievementStatus.DRAFT);
		assertThat(revision.getLineage()).isEqualTo(published.getLineage());
		assertThat(revision.getVersionNumber()).isEqualTo(2);
		assertThat(revision.getRevisionOf()).isEqualTo(1001L);
		assertThat(revision.isRevision()).isTrue();
		assertThat(revision.getRegistrationNumber()).isNull();
		assertThat(revision.getAbstractText()).endsWith("新增中试数据。");
		assertThat(revision.getWorkflow()).singleElement().satisfies(s -> {
			assertThat(s.getToStatus()).isEqualTo(AchievementStatus.DRAFT);
			assertThat(s.getReason()).isEqualTo("revision of v1");
		});
		// the public version is untouched while the revision is under way
		assertThat(published.getStatus()).isEqualTo(AchievementStatus.PUBLISHED);
		assertThat(published.getAbstractText()).isEqualTo(TestContents.ABSTRACT);
		ReflectionTestUtils.setField(revision, "id", 1002L);

		revision.submit("demo-institution", at(revised.plusSeconds(60)));
		// a revision is not put on notice again and gets no new number
		assertConflict(() -> revision.approve("3302026Y9999", 15, "demo-admin", at(revised)),
				"achievement.revision.useApproveRevision");
		assertThat(revision.getRegistrationNumber()).isNull();

		Instant approved = revised.plus(Duration.ofDays(1));
		revision.publishRevision(published, "demo-admin", at(approved));
		assertThat(revision.getStatus()).isEqualTo(AchievementStatus.PUBLISHED);
		assertThat(revision.getRegistrationNumber()).isEqualTo(NUMBER);
		assertThat(revision.getPublishedAt()).isEqualTo(approved);
		assertThat(revision.getFirstSubmittedAt()).isEqualTo(firstSubmitted);
		assertThat(published.getStatus()).isEqualTo(AchievementStatus.SUPERSEDED);
		assertThat(published.getRegistrationNumber()).isEqualTo(NUMBER);
		WorkflowStep superseded = published.getWorkflow().get(published.getWorkflow().size() - 1);
		assertThat(superseded.getToStatus()).isEqualTo(AchievementStatus.SUPERSEDED);
		assertThat(superseded.getReason()).isEqualTo("superseded by v2");
		assertThat(superseded.getActor()).isEqualTo("demo-admin");

		// a superseded version cannot be revised again
		assertConflict(() -> published.startRevision("demo-institution", changed, DERIVED, at(approved)),
				"achievement.revision.onlyPublished");
	}

	@Test
	void aConvertedAchievementStaysConvertedAcrossARevision() {
		Achievement published = publishedWithId(2001L);
		assertInvalidReason(() -> published.markConverted(" ", "demo-institution", at(T0)));
		Instant converted = T0.plus(Duration.ofDays(30));
		published.markConverted("与杭州云栖智能装备签订许可合同", "demo-institution", at(converted));
		assertThat(published.getStatus()).isEqualTo(AchievementStatus.CONVERTED);
		assertThat(published.getStatus().isPublic()).isTrue();

		Achievement revision = published.startRevision("demo-institution", published.content(), DERIVED, at(converted));
		ReflectionTestUtils.setField(revision, "id", 2002L);
		revision.submit("demo-institution", at(converted));
		revision.publishRevision(published, "demo-admin", at(converted.plusSeconds(10)));
		assertThat(revision.getStatus()).isEqualTo(AchievementStatus.CONVERTED);
		assertThat(revision.getConvertedAt()).isEqualTo(converted);
		assertThat(revision.getConversionNote()).isEqualTo("与杭州云栖智能装备签订许可合同");
		assertThat(published.getStatus()).isEqualTo(AchievementStatus.SUPERSEDED);
	}

	@Test
	void onlyAPublicVersionCanBeRevised() {
		assertConflict(() -> a.startRevision("demo-institution", a.content(), DERIVED, at(T0)),
				"achievement.revision.onlyPublished");
		a.submit("demo-institution", at(T0));
		a.approve(NUMBER, 15, "demo-admin", at(T0));
		assertConflict(() -> a.startRevision("demo-institution", a.content(), DERIVED, at(T0)),
				"achievement.revision.onlyPublished");
	}

	@Test
	void aRevisionOnlyReplacesTheVersionItRevises() {
		Achievement published = publishedWithId(3001L);
		Achievement other = publishedWithId(3002L);
		Achievement revision = published.startRevision("demo-institution", published.content(), DERIVED, at(T0));
		revision.submit("demo-institution", at(T0));
		assertConflict(() -> revision.publishRevision(other, "demo-admin", at(T0)), "achievement.revision.mismatch");
		assertThat(other.getStatus()).isEqualTo(AchievementStatus.PUBLISHED);
		assertThat(revision.getStatus()).isEqualTo(AchievementStatus.SUBMITTED);
		// an ordinary registration is not a revision
		a.submit("demo-institution", at(T0));
		assertConflict(() -> a.publishRevision(published, "demo-admin", at(T0)), "achievement.revision.mismatch");
		assertThat(published.getStatus()).isEqualTo(AchievementStatus.PUBLISHED);
	}

	@Test
	void aRefusedRevisionLeavesThePublishedVersionAlone() {
		Achievement published = publishedWithId(4001L);
		Achievement revision = published.startRevision("demo-institution", published.content(), DERIVED, at(T0));
		// never submitted: publishing it is refused ...
		assertConflict(() -> revision.publishRevision(published, "demo-admin", at(T0)), "achievement.transition.notAllowed");
		assertThat(revision.getStatus()).isEqualTo(AchievementStatus.DRAFT);
		// ... and the version it revises must still be the public one
		assertThat(published.getStatus()).isEqualTo(AchievementStatus.PUBLISHED);
	}

	@Test
	void withdrawalIsPossibleFromOpenStatesOnly() {
		a.withdraw("demo-institution", "不再登记", at(T0));
		assertThat(a.getStatus()).isEqualTo(AchievementStatus.WITHDRAWN);
		assertThat(a.getWorkflow().get(1).getReason()).isEqualTo("不再登记");
		assertConflict(() -> a.withdraw("demo-institution", null, at(T0)), "achievement.transition.notAllowed");
		assertConflict(() -> a.submit("demo-institution", at(T0)), "achievement.transition.notAllowed");
	}

	@Test
	void conversionOnlyOfAPublishedAchievement() {
		a.submit("demo-institution", at(T0));
		assertConflict(() -> a.markConverted("合同已登记", "demo-institution", at(T0)), "achievement.transition.notAllowed");
		assertThat(a.getConvertedAt()).isNull();
	}

	@Test
	void negotiablePriceDropsTheAmounts() {
		AchievementContent c = TestContents.validApplied("面议成果");
		c.setPriceNegotiable(true);
		Achievement n = Achievement.draft(7L, "之江理工大学", "u", c, DERIVED, at(T0));
		assertThat(n.isPriceNegotiable()).isTrue();
		assertThat(n.getPriceMin()).isNull();
		assertThat(n.getPriceMax()).isNull();
		assertThat(n.getPriceBand()).isEqualTo("NEGOTIABLE");
		assertThat(a.getPriceBand()).isEqualTo("FROM_50_TO_100");
		assertThat(a.getIpTypes()).containsExactly("INVENTION_PATENT");
	}

	@Test
	void technicalSecretsAreNotIpClaims() {
		AchievementContent c = TestContents.validApplied("技术秘密");
		c.getIpRights().clear();
		c.getIpRights().add(new AchievementContent.IpLine(Codes.IpType.TECHNICAL_SECRET, null, null, Codes.IpStatus.GRANTED));
		assertThat(Achievement.draft(7L, "h", "u", c, DERIVED, at(T0)).claimsIp()).isFalse();
		c.getIpRights().add(new AchievementContent.IpLine(Codes.IpType.SOFTWARE_COPYRIGHT, "2024SR0001", null,
				Codes.IpStatus.GRANTED));
		assertThat(Achievement.draft(7L, "h", "u", c, DERIVED, at(T0)).claimsIp()).isTrue();
	}

	@Test
	void heldByTheHolderOrganisationOnly() {
		assertThat(a.heldBy(7L)).isTrue();
		assertThat(a.heldBy(8L)).isFalse();
		ReflectionTestUtils.setField(a, "id", 5001L);
		assertThat(a.summary().category()).isEqualTo(AchievementCategory.APPLIED);
		assertThat(a.summary().holderOrganisationId()).isEqualTo(7L);
		assertThat(a.summary().status()).isEqualTo(AchievementStatus.DRAFT);
	}

	// ------------------------------------------------------------------ helpers

	private Achievement publishedWithId(long id) {
		Achievement p = Achievement.draft(7L, "之江理工大学", "demo-institution", TestContents.validApplied("已发布成果" + id),
				DERIVED, at(T0));
		ReflectionTestUtils.setField(p, "id", id);
		p.submit("demo-institution", at(T0));
		p.approve(NUMBER, 15, "demo-admin", at(T0));
		p.publish(false, at(T0.plus(Duration.ofDays(15))));
		return p;
	}

	private static Clock at(Instant instant) {
		return Clock.fixed(instant, SHANGHAI);
	}

	private static void assertConflict(ThrowingCallable call, String code) {
		assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
			assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
			assertThat(e.code()).isEqualTo(code);
		});
	}

	private static void assertInvalidReason(ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
			assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
			assertThat(e.violations()).extracting(v -> v.field()).containsExactly("reason");
		});
	}
}
