package org.opentechmarket.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opentechmarket.demand.domain.BudgetBand;
import org.opentechmarket.demand.domain.Need;
import org.opentechmarket.demand.domain.NeedContent;
import org.opentechmarket.demand.domain.PublicTextCheck;
import org.opentechmarket.platform.DomainException;

class NeedLifecycleTest {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	Clock clock = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZONE);

	static NeedContent content(LocalDate deadline, String description) {
		return new NeedContent("测试需求", description, null, "指标", "C", null, "330106", Set.of(Cooperation.TRANSFER), true,
				null, null, 5, deadline, "王工", "0571-86000050", null, List.of());
	}

	@Test
	void transitionsAreDeclaredInOnePlace() {
		assertThat(NeedStatus.DRAFT.canBecome(NeedStatus.SUBMITTED)).isTrue();
		assertThat(NeedStatus.DRAFT.canBecome(NeedStatus.OPEN)).isFalse();
		assertThat(NeedStatus.SUBMITTED.canBecome(NeedStatus.RETURNED)).isTrue();
		assertThat(NeedStatus.OPEN.canBecome(NeedStatus.IN_TALKS)).isTrue();
		assertThat(NeedStatus.IN_TALKS.canBecome(NeedStatus.OPEN)).isFalse();
		for (NeedStatus end : EnumSet.of(NeedStatus.SOLVED, NeedStatus.EXPIRED, NeedStatus.WITHDRAWN)) {
			assertThat(end.isFinal()).isTrue();
			assertThat(end.isPublic()).isFalse();
		}
		assertThat(NeedStatus.publicStatuses()).containsExactlyInAnyOrder(NeedStatus.OPEN, NeedStatus.IN_TALKS);
	}

	@Test
	void needGoesThroughReviewTalksAndSolution() {
		Need need = new Need(1, "企业", "u", null, clock);
		need.edit(content(LocalDate.of(2026, 6, 1), "问题"), "C", "330000", clock);
		assertThatThrownBy(() -> need.approve(clock)).isInstanceOf(DomainException.class);
		need.submit(clock);
		need.returnForChanges("请补充指标", clock);
		assertThat(need.getStatus()).isEqualTo(NeedStatus.RETURNED);
		assertThat(need.getReviewNote()).isEqualTo("请补充指标");
		need.submit(clock);
		need.approve(clock);
		assertThat(need.getStatus()).isEqualTo(NeedStatus.OPEN);
		assertThatThrownBy(() -> need.edit(content(null, "x"), null, null, clock)).isInstanceOf(DomainException.class);
		need.talksAccepted(clock);
		need.talksAccepted(clock);
		assertThat(need.getStatus()).isEqualTo(NeedStatus.IN_TALKS);
		need.solve(clock);
		assertThat(need.getStatus()).isEqualTo(NeedStatus.SOLVED);
		assertThatThrownBy(() -> need.withdraw(clock)).isInstanceOf(DomainException.class);
	}

	@Test
	void expiresOnlyAfterItsDeadlineDayAndOnlyOnce() {
		Need need = new Need(1, "企业", "u", null, clock);
		need.edit(content(LocalDate.of(2026, 3, 1), "问题"), "C", "330000", clock);
		need.submit(clock);
		assertThatThrownBy(() -> need.approve(Clock.offset(clock, java.time.Duration.ofDays(1))))
			.isInstanceOf(DomainException.class);
		need.approve(clock);
		assertThat(need.expireIfDue(clock)).isFalse();
		Clock nextDay = Clock.fixed(Instant.parse("2026-03-01T16:00:00Z"), ZONE);
		assertThat(need.expireIfDue(nextDay)).isTrue();
		assertThat(need.getStatus()).isEqualTo(NeedStatus.EXPIRED);
		assertThat(need.expireIfDue(nextDay)).isFalse();
	}

	@Test
	void publicTextCheckFindsContactDataButNotTechnicalNumbers() {
		assertThat(PublicTextCheck.find("请联系 13812345678 王先生")).isEqualTo("phone");
		assertThat(PublicTextCheck.find("电话0571-88001234")).isEqualTo("phone");
		assertThat(PublicTextCheck.find("邮箱 sales@example.com")).isEqualTo("email");
		assertThat(PublicTextCheck.find("详见 www.example.cn 产品页")).isEqualTo("url");
		assertThat(PublicTextCheck.find("加微信 abc12345")).isEqualTo("im");
		assertThat(PublicTextCheck.find("精度 0.05 mm，转速 3000 r/min，功率 1500 W，2026 年量产")).isNull();
		assertThat(PublicTextCheck.redact("联系 13812345678")).doesNotContain("13812345678").contains(PublicTextCheck.REDACTED);
		assertThat(PublicTextCheck.check(content(null, "问题 sales@example.com"))).extracting(v -> v.field())
			.containsExactly("description");
	}

	@Test
	void budgetBandsComeFromTheUpperEnd() {
		assertThat(BudgetBand.of(true, null, null)).isEqualTo(BudgetBand.NEGOTIABLE);
		assertThat(BudgetBand.of(false, new java.math.BigDecimal("50000"), new java.math.BigDecimal("99999.99")))
			.isEqualTo(BudgetBand.UNDER_100K);
		assertThat(BudgetBand.of(false, new java.math.BigDecimal("300000"), new java.math.BigDecimal("800000")))
			.isEqualTo(BudgetBand.FROM_500K_TO_1M);
		assertThat(BudgetBand.of(false, new java.math.BigDecimal("6000000"), null)).isEqualTo(BudgetBand.OVER_5M);
	}
}
