package org.opentechmarket.broker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opentechmarket.platform.DomainException;

class BrokerStatusTest {

	private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));

	@Test
	void allowedTransitions() {
		assertThat(BrokerStatus.ACTIVE.canBecome(BrokerStatus.SUSPENDED)).isTrue();
		assertThat(BrokerStatus.ACTIVE.canBecome(BrokerStatus.WITHDRAWN)).isTrue();
		assertThat(BrokerStatus.SUSPENDED.canBecome(BrokerStatus.ACTIVE)).isTrue();
		assertThat(BrokerStatus.SUSPENDED.canBecome(BrokerStatus.WITHDRAWN)).isTrue();
		assertThat(BrokerStatus.ACTIVE.canBecome(BrokerStatus.ACTIVE)).isFalse();
		for (BrokerStatus s : BrokerStatus.values()) {
			assertThat(BrokerStatus.WITHDRAWN.canBecome(s)).isFalse();
		}
	}

	@Test
	void onlyActiveBrokersTakeNewWork() {
		assertThat(BrokerStatus.ACTIVE.takesNewWork()).isTrue();
		assertThat(BrokerStatus.SUSPENDED.takesNewWork()).isFalse();
		assertThat(BrokerStatus.WITHDRAWN.takesNewWork()).isFalse();
	}

	@Test
	void aProfileChangesStatusOnlyAlongTheLifecycle() {
		BrokerProfile p = new BrokerProfile(1L, 2L, new ProfileContent(BrokerGrade.JUNIOR, null, null, Set.of("520"), Set.of(),
				Set.of("330000"), Set.of()), clock);
		assertThat(p.getStatus()).isEqualTo(BrokerStatus.ACTIVE);
		assertThat(p.changeStatus(BrokerStatus.SUSPENDED, clock)).isEqualTo(BrokerStatus.ACTIVE);
		assertThat(p.changeStatus(BrokerStatus.WITHDRAWN, clock)).isEqualTo(BrokerStatus.SUSPENDED);
		assertThatThrownBy(() -> p.changeStatus(BrokerStatus.ACTIVE, clock)).isInstanceOf(DomainException.class)
			.hasMessage("broker.status.transitionNotAllowed");
	}

	@Test
	void aChangedGradeNeedsVerifyingAgain() {
		BrokerProfile p = new BrokerProfile(1L, 2L, new ProfileContent(BrokerGrade.INTERMEDIATE, "C-1", null, Set.of("520"),
				Set.of(), Set.of("330000"), Set.of()), clock);
		p.verifyGrade("admin", clock);
		assertThat(p.isGradeVerified()).isTrue();
		p.edit(new ProfileContent(BrokerGrade.INTERMEDIATE, "C-1", "新的简介", Set.of("520"), Set.of(), Set.of("330000"),
				Set.of()), clock);
		assertThat(p.isGradeVerified()).isTrue();
		p.edit(new ProfileContent(BrokerGrade.SENIOR, "C-2", null, Set.of("520"), Set.of(), Set.of("330000"), Set.of()),
				clock);
		assertThat(p.isGradeVerified()).isFalse();
	}

	@Test
	void aSuspensionNoticeTakesOneAppealInsideItsWindowAndLapsesOnce() {
		SuspensionNotice n = new SuspensionNotice(1L, 2025, 15, clock);
		Clock late = Clock.offset(clock, java.time.Duration.ofDays(15));
		assertThat(n.lapseIfDue(Clock.offset(clock, java.time.Duration.ofDays(14)))).isFalse();
		assertThatThrownBy(() -> n.appeal("理由充分的书面申诉材料说明", late)).isInstanceOf(DomainException.class)
			.hasMessage("broker.notice.appealWindowOver");
		assertThat(n.lapseIfDue(late)).isTrue();
		assertThat(n.lapseIfDue(late)).isFalse();
		assertThat(n.getStatus()).isEqualTo(SuspensionNotice.Status.LAPSED);

		SuspensionNotice appealed = new SuspensionNotice(1L, 2026, 15, clock);
		assertThatThrownBy(() -> appealed.appeal("太短", clock)).isInstanceOf(DomainException.class);
		appealed.appeal("本年度因病休假三个月，已附医院证明，请求复核考核结果", clock);
		assertThat(appealed.lapseIfDue(late)).isFalse();
		appealed.decide(false, "情况属实", "admin", clock);
		assertThat(appealed.getStatus()).isEqualTo(SuspensionNotice.Status.GRANTED);
	}
}
