package org.opentechmarket.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

class VerifiedCredentialsTest {

	private final AtomicInteger checks = new AtomicInteger();
	private final AtomicLong now = new AtomicLong(1_000);

	@SuppressWarnings("deprecation")
	private final PasswordEncoder counting = new PasswordEncoder() {
		@Override
		public String encode(CharSequence raw) {
			return raw.toString();
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			checks.incrementAndGet();
			return NoOpPasswordEncoder.getInstance().matches(raw, encoded);
		}
	};

	private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
			User.withUsername("ann").password("secret").roles("ENTERPRISE").build());

	private final VerifiedCredentials credentials = new VerifiedCredentials(users, counting, Duration.ofSeconds(60), now::get);

	private static UsernamePasswordAuthenticationToken login(String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated("ann", password);
	}

	@Test
	void aVerifiedPasswordIsCheckedOnceWithinTheTtl() {
		assertThat(credentials.authenticate(login("secret")).isAuthenticated()).isTrue();
		assertThat(credentials.authenticate(login("secret")).getName()).isEqualTo("ann");
		assertThat(checks).hasValue(1);
		now.addAndGet(Duration.ofSeconds(61).toNanos());
		credentials.authenticate(login("secret"));
		assertThat(checks).hasValue(2);
	}

	@Test
	void aWrongPasswordIsNeverRememberedAndNeverMatchesARememberedOne() {
		credentials.authenticate(login("secret"));
		for (int i = 0; i < 2; i++) {
			assertThatThrownBy(() -> credentials.authenticate(login("guess"))).isInstanceOf(BadCredentialsException.class);
		}
		assertThat(checks).hasValue(3);
	}

	@Test
	void theUserIsReadAfreshSoAChangedPasswordRolesOrADisabledAccountTakeEffectAtOnce() {
		credentials.authenticate(login("secret"));
		users.updateUser(User.withUsername("ann").password("secret").roles("ENTERPRISE", "BROKER").build());
		assertThat(credentials.authenticate(login("secret")).getAuthorities()).extracting(Object::toString)
			.contains("ROLE_BROKER");
		assertThat(checks).hasValue(1);

		users.updateUser(User.withUsername("ann").password("new-secret").roles("ENTERPRISE").build());
		assertThatThrownBy(() -> credentials.authenticate(login("secret"))).isInstanceOf(BadCredentialsException.class);
		assertThat(credentials.authenticate(login("new-secret")).isAuthenticated()).isTrue();

		users.updateUser(User.withUsername("ann").password("new-secret").roles("ENTERPRISE").disabled(true).build());
		assertThatThrownBy(() -> credentials.authenticate(login("new-secret")))
			.isInstanceOf(org.springframework.security.authentication.DisabledException.class);
	}
}
