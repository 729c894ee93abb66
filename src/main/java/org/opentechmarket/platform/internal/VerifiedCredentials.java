package org.opentechmarket.platform.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in that does not re-hash a password it has just verified. The API is stateless HTTP Basic, so every call
 * would otherwise pay a full BCrypt check (tens of milliseconds of CPU): a client bidding in an auction would be limited by
 * password hashing, not by the work it asks for.
 *
 * <p>Only the password check is remembered, for {@code otm.security.credential-cache-ttl}, under an HMAC (with a key that
 * lives only in this process) of the user name, the password and the user's stored password hash: the password itself is
 * never kept, a wrong password is never remembered, and a changed password no longer matches. The user is loaded afresh on
 * every call, so a disabled account, changed roles or a newly verified organisation take effect at once. The memory is a
 * technical cache timed by the monotonic {@link System#nanoTime()}, not by the platform's policy clock.
 */
@Component
class VerifiedCredentials implements AuthenticationProvider {

	/** Bound on remembered checks; beyond it the memory is cleared rather than grown (a burst of users costs BCrypt once). */
	private static final int MAX_ENTRIES = 10_000;

	private final UserDetailsService users;
	private final DaoAuthenticationProvider passwords;
	private final AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
	private final long ttlNanos;
	private final LongSupplier nanoTime;
	private final SecretKeySpec key;
	private final Map<String, Long> verifiedUntil = new ConcurrentHashMap<>();

	@Autowired
	VerifiedCredentials(UserDetailsService users, PasswordEncoder encoder,
			@Value("${otm.security.credential-cache-ttl:PT1M}") Duration ttl) {
		this(users, encoder, ttl, System::nanoTime);
	}

	VerifiedCredentials(UserDetailsService users, PasswordEncoder encoder, Duration ttl, LongSupplier nanoTime) {
		this.users = users;
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.ttlNanos = ttl.toNanos();
		this.nanoTime = nanoTime;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		if (ttlNanos <= 0 || username == null || !(authentication.getCredentials() instanceof String password)) {
			return passwords.authenticate(authentication);
		}
		long now = nanoTime.getAsLong();
		UserDetails user;
		try {
			user = users.loadUserByUsername(username);
		}
		catch (UsernameNotFoundException e) {
			// the full path answers an unknown user exactly like a wrong password (and takes as long)
			return passwords.authenticate(authentication);
		}
		String fingerprint = fingerprint(username, password, user.getPassword());
		Long until = verifiedUntil.get(fingerprint);
		if (until != null && now - until < 0) {
			status.check(user);
			UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
					user.getAuthorities());
			result.setDetails(authentication.getDetails());
			return result;
		}
		Authentication result = passwords.authenticate(authentication);
		if (verifiedUntil.size() >= MAX_ENTRIES) {
			verifiedUntil.clear();
		}
		verifiedUntil.put(fingerprint, now + ttlNanos);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private String fingerprint(String username, String password, String storedHash) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(username.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			mac.update(String.valueOf(storedHash).getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return java.util.HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
