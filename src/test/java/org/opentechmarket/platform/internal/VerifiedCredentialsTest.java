package org.opentechmarket.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

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

	private final VerifiedCredentials credentials = new VerifiedCredentials(users, counting, Duration.ofSeconds(60),
			Duration.ZERO, now::get);

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
	void aPasswordInUseIsNotCheckedAgain() {
		credentials.authenticate(login("secret"));
		for (int i = 0; i < 9; i++) {
			now.addAndGet(Duration.ofSeconds(20).toNanos());
			credentials.authenticate(login("secret"));
		}
		assertThat(checks).as("three minutes of calls every 20 s").hasValue(1);
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

	// --- the memory of signed-in users (otm.security.principal-cache-ttl)

	private final AtomicInteger loads = new AtomicInteger();
	private Runnable duringLoad = () -> {
	};
	private final UserDetailsService countingUsers = username -> {
		loads.incrementAndGet();
		UserDetails user = users.loadUserByUsername(username);
		duringLoad.run();
		return user;
	};
	private final VerifiedCredentials remembering = new VerifiedCredentials(countingUsers, counting, Duration.ofSeconds(60),
			Duration.ofSeconds(5), now::get);

	@Test
	void aSignedInUserIsNotReadAgainWithinItsTtl() {
		remembering.authenticate(login("secret"));
		int afterFirst = loads.get();
		assertThat(remembering.authenticate(login("secret")).getName()).isEqualTo("ann");
		assertThat(loads).hasValue(afterFirst);
		now.addAndGet(Duration.ofSeconds(6).toNanos());
		remembering.authenticate(login("secret"));
		assertThat(loads).hasValue(afterFirst + 1);
		assertThat(checks).as("the password itself is still remembered for a minute").hasValue(1);
	}

	@Test
	void aWrongPasswordIsNeverAnsweredFromTheMemoryOfUsers() {
		remembering.authenticate(login("secret"));
		assertThatThrownBy(() -> remembering.authenticate(login("secret "))).isInstanceOf(BadCredentialsException.class);
		assertThatThrownBy(() -> remembering.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("bob", "secret")))
			.isInstanceOf(BadCredentialsException.class);
	}

	@Test
	void anAccountChangeAppliesToTheNextCall() {
		remembering.authenticate(login("secret"));
		users.updateUser(User.withUsername("ann").password("secret").roles("ENTERPRISE", "BROKER").build());
		assertThat(remembering.authenticate(login("secret")).getAuthorities()).extracting(Object::toString)
			.doesNotContain("ROLE_BROKER");
		remembering.accountsChanged();
		assertThat(remembering.authenticate(login("secret")).getAuthorities()).extracting(Object::toString)
			.contains("ROLE_BROKER");

		users.updateUser(User.withUsername("ann").password("new-secret").roles("ENTERPRISE").build());
		remembering.accountsChanged();
		assertThatThrownBy(() -> remembering.authenticate(login("secret"))).isInstanceOf(BadCredentialsException.class);
		assertThat(remembering.authenticate(login("new-secret")).isAuthenticated()).isTrue();

		users.updateUser(User.withUsername("ann").password("new-secret").roles("ENTERPRISE").disabled(true).build());
		remembering.accountsChanged();
		assertThatThrownBy(() -> remembering.authenticate(login("new-secret")))
			.isInstanceOf(org.springframework.security.authentication.DisabledException.class);
	}

	@Test
	void aUserReadWhileAnAccountChangedIsNotRemembered() {
		duringLoad = remembering::accountsChanged;
		remembering.authenticate(login("secret"));
		int afterFirst = loads.get();
		remembering.authenticate(login("secret"));
		assertThat(loads).as("read again").hasValue(afterFirst + 1);
		duringLoad = () -> {
		};
		remembering.authenticate(login("secret"));
		remembering.authenticate(login("secret"));
		assertThat(loads).as("read once more, then remembered").hasValue(afterFirst + 2);
	}
}
