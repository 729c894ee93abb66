package org.opentechmarket.platform.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.opentechmarket.platform.AccountChanges;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Password sign-in that does not re-hash a password it has just verified, nor re-read a user it has just read. The API is
 * stateless HTTP Basic, so every call would otherwise pay a full BCrypt check (tens of milliseconds of CPU) and a user
 * look-up (three queries): a client bidding in an auction would be limited by signing in, not by the work it asks for.
 *
 * <p>Two memories, both keyed by an HMAC (with a key that lives only in this process), so no password is ever kept and a
 * wrong password is never remembered:
 * <ul>
 * <li><b>Verified passwords</b>, under user name, password and the user's stored password hash (a changed password no
 * longer matches), kept while in use and forgotten {@code otm.security.credential-cache-ttl} after their last use.</li>
 * <li><b>Signed-in users</b>, for {@code otm.security.principal-cache-ttl} (short), under user name and password: the user
 * as last read. Any change of an account or an organisation ({@link AccountChanges}: roles, enabled, password, name,
 * verification) empties it at once and again when the changing transaction ends, so on this instance a disabled account or
 * changed roles apply to the very next call; another instance of the platform sees the change within the TTL. A user read
 * while a change was under way is not remembered (a generation counter).</li>
 * </ul>
 * Each entry expires at a random moment in the second half of its TTL, so entries made together do not expire together.
 * Both are technical caches timed by the monotonic {@link System#nanoTime()}, not by the platform's policy clock.
 */
@Component
class VerifiedCredentials implements AuthenticationProvider, AccountChanges {

	/** Bound on remembered checks; beyond it the memory is cleared rather than grown (a burst of users costs BCrypt once). */
	private static final int MAX_ENTRIES = 10_000;

	private final UserDetailsService users;
	private final DaoAuthenticationProvider passwords;
	private final AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
	private final long ttlNanos;
	private final LongSupplier nanoTime;
	private final SecretKeySpec key;
	private final Map<String, Long> verifiedUntil = new ConcurrentHashMap<>();
	private final long principalTtlNanos;
	private final Map<String, Remembered> principals = new ConcurrentHashMap<>();
	/** Moved by every account change; a user read under an older generation is not remembered. */
	private final AtomicLong generation = new AtomicLong();

	private record Remembered(UserDetails user, long until, long generation) {
	}

	@Autowired
	VerifiedCredentials(UserDetailsService users, PasswordEncoder encoder,
			@Value("${otm.security.credential-cache-ttl:PT1M}") Duration ttl,
			@Value("${otm.security.principal-cache-ttl:PT5S}") Duration principalTtl) {
		this(users, encoder, ttl, principalTtl, System::nanoTime);
	}

	VerifiedCredentials(UserDetailsService users, PasswordEncoder encoder, Duration ttl, Duration principalTtl,
			LongSupplier nanoTime) {
		this.principalTtlNanos = principalTtl.toNanos();
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
		String principalKey = principalTtlNanos > 0 ? hmac(username, "", password) : null;
		if (principalKey != null) {
			Remembered remembered = principals.get(principalKey);
			if (remembered != null && now - remembered.until() < 0 && remembered.generation() == generation.get()) {
				return authenticated(remembered.user(), authentication);
			}
		}
		long readAt = generation.get();
		UserDetails user;
		try {
			user = users.loadUserByUsername(username);
		}
		catch (UsernameNotFoundException e) {
			// the full path answers an unknown user exactly like a wrong password (and takes as long)
			return passwords.authenticate(authentication);
		}
		String fingerprint = hmac(username, String.valueOf(user.getPassword()), password);
		Long until = verifiedUntil.get(fingerprint);
		Authentication result;
		if (until != null && now - until < 0) {
			result = authenticated(user, authentication);
			if (until - now < ttlNanos / 2) {
				// still in use: kept, so a client that keeps calling never pays BCrypt again (a changed password changes
				// the stored hash and so the fingerprint; a wrong password never reaches this memory)
				verifiedUntil.put(fingerprint, now + spread(ttlNanos));
			}
		}
		else {
			result = passwords.authenticate(authentication);
			bounded(verifiedUntil).put(fingerprint, now + spread(ttlNanos));
		}
		if (principalKey != null && result.getPrincipal() instanceof UserDetails signedIn && generation.get() == readAt) {
			bounded(principals).put(principalKey, new Remembered(signedIn, now + spread(principalTtlNanos), readAt));
		}
		return result;
	}

	/**
	 * A moment within the second half of the TTL. Users who signed in together (a client starting 200 bidders) would
	 * otherwise all be checked again at the same instant, every TTL: 200 user reads, or 200 BCrypt checks, at once stalled
	 * every call behind them (docs/benchmarks.md §Live auctions).
	 */
	private static long spread(long ttlNanos) {
		return ttlNanos / 2 + ThreadLocalRandom.current().nextLong(ttlNanos / 2 + 1);
	}

	/** Forgets every remembered user now and once more when the current transaction (the change) has ended. */
	@Override
	public void accountsChanged() {
		forgetUsers();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forgetUsers();
				}
			});
		}
	}

	private void forgetUsers() {
		generation.incrementAndGet();
		principals.clear();
	}

	private UsernamePasswordAuthenticationToken authenticated(UserDetails user, Authentication request) {
		status.check(user);
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		result.setDetails(request.getDetails());
		return result;
	}

	/** Beyond {@link #MAX_ENTRIES} a memory is cleared rather than grown (a burst of users costs one slow sign-in each). */
	private static <V> Map<String, V> bounded(Map<String, V> memory) {
		if (memory.size() >= MAX_ENTRIES) {
			memory.clear();
		}
		return memory;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private String hmac(String username, String storedHash, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(username.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return java.util.HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
