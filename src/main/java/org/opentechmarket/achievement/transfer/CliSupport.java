package org.opentechmarket.achievement.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.PlatformProperties;
import org.opentechmarket.platform.cli.CliCommand;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** What the transfer commands share: options, acting as the platform administrator, English messages. */
@Component
class CliSupport {

	private final UserAccounts users;
	private final PlatformProperties properties;
	private final MessageSource messages;

	CliSupport(UserAccounts users, PlatformProperties properties, MessageSource messages) {
		this.users = users;
		this.properties = properties;
		this.messages = messages;
	}

	/** {@code --name value}, {@code --name=value} and flags; everything else is positional. */
	record Options(Map<String, String> named, List<String> positional) {

		static Options parse(String[] args, Set<String> valued, Set<String> flags) {
			Map<String, String> named = new LinkedHashMap<>();
			List<String> positional = new ArrayList<>();
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (!arg.startsWith("--") || arg.equals("--")) {
					positional.add(arg);
					continue;
				}
				String name = arg.substring(2);
				String value = null;
				int eq = name.indexOf('=');
				if (eq >= 0) {
					value = name.substring(eq + 1);
					name = name.substring(0, eq);
				}
				if (flags.contains(name)) {
					if (value != null && !Set.of("true", "false").contains(value)) {
						throw new CliCommand.UsageException("--" + name + " takes no value");
					}
					named.put(name, value == null ? "true" : value);
				}
				else if (valued.contains(name)) {
					if (value == null) {
						if (i + 1 >= args.length) {
							throw new CliCommand.UsageException("--" + name + " needs a value");
						}
						value = args[++i];
					}
					named.put(name, value);
				}
				else {
					throw new CliCommand.UsageException("Unknown option --" + name);
				}
			}
			return new Options(named, positional);
		}

		String get(String name) {
			return named.get(name);
		}

		boolean flag(String name) {
			return "true".equals(named.get(name));
		}
	}

	Optional<CurrentUser> administrator() {
		return users.loadUser(properties.admin().username()).filter(CurrentUser::isAdmin);
	}

	String administratorName() {
		return properties.admin().username();
	}

	/** Runs {@code work} with the administrator in the security context, so the audit trail names them. */
	<T> T asAdministrator(CurrentUser admin, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	String english(RowError error) {
		String fallback = error.code() + (error.args().isEmpty() ? "" : " " + error.args());
		return messages.getMessage(error.code(), error.argsArray(), fallback, Locale.ENGLISH);
	}

	String english(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.ENGLISH);
	}
}
