package org.opentechmarket.subscription.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Date;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.subscription.domain.Digests;
import org.opentechmarket.subscription.domain.Recipients;
import org.opentechmarket.subscription.domain.SubscriptionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the digests whose mail is PENDING, one transaction each holding the digest's row lock ({@code for update skip
 * locked}: two instances never send the same digest) while the SMTP server is talked to; SENT is committed right after the
 * server accepted the message, so a sent digest is never picked again. A failure counts an attempt and leaves the digest
 * PENDING for the next run, FAILED after {@code mail-max-attempts}. (Only a crash between the server's acceptance and the
 * commit could send one twice; SMTP offers nothing to close that gap.) Without {@code spring.mail.host} nothing is sent
 * and digests are created with mail NONE: the inbox alone.
 */
@Component
public class DigestMailer {

	private static final Logger log = LoggerFactory.getLogger(DigestMailer.class);

	private final JdbcTemplate jdbc;
	private final TransactionTemplate tx;
	private final ObjectProvider<JavaMailSender> sender;
	private final DigestMail mail;
	private final Digests digests;
	private final Recipients recipients;
	private final UserAccounts users;
	private final SubscriptionProperties properties;
	private final Clock clock;

	DigestMailer(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectProvider<JavaMailSender> sender,
			DigestMail mail, Digests digests, Recipients recipients, UserAccounts users, SubscriptionProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactions);
		this.sender = sender;
		this.mail = mail;
		this.digests = digests;
		this.recipients = recipients;
		this.users = users;
		this.properties = properties;
		this.clock = clock;
	}

	/** Result of one sending run. */
	public record Sent(int sent, int failed, int skipped) {
	}

	public Sent sendPending() {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			return new Sent(0, 0, 0);
		}
		List<Long> pending = jdbc.queryForList(
				"select id from push_digests where mail_status = 'PENDING' order by id limit 1000", Long.class);
		int sent = 0;
		int failed = 0;
		int skipped = 0;
		Digests.Lookups lookups = digests.lookups();
		try (Outbox outbox = new Outbox(smtp)) {
			for (long id : pending) {
				String outcome = tx.execute(status -> sendOne(outbox, id, lookups));
				if ("SENT".equals(outcome)) {
					sent++;
				}
				else if ("SKIPPED".equals(outcome)) {
					skipped++;
				}
				else if (outcome != null) {
					failed++;
				}
			}
		}
		return new Sent(sent, failed, skipped);
	}

	/** @return SENT, SKIPPED, PENDING (failed, will retry), FAILED (given up), or null when another run holds it */
	private String sendOne(Outbox smtp, long id, Digests.Lookups lookups) {
		List<Integer> attempts = jdbc.queryForList(
				"select mail_attempts from push_digests where id = ? and mail_status = 'PENDING' for update skip locked",
				Integer.class, id);
		if (attempts.isEmpty()) {
			return null;
		}
		Digests.Digest digest = digests.load(id, lookups).orElseThrow();
		String to = users.emailOf(digest.userId()).orElse(null);
		Recipients.Preferences prefs = recipients.of(digest.userId());
		if (to == null || !prefs.mailEnabled() || digest.items().isEmpty()) {
			jdbc.update("update push_digests set mail_status = 'SKIPPED' where id = ?", id);
			return "SKIPPED";
		}
		int attempt = attempts.get(0) + 1;
		try {
			String name = users.findUser(digest.userId()).map(CurrentUser::displayName).orElse("");
			MimeMessage message = smtp.sender.createMimeMessage();
			mail.write(message, digest, to, name, prefs.language());
			smtp.send(message);
			jdbc.update("update push_digests set mail_status = 'SENT', mail_attempts = ?, mail_sent_at = ?, mail_error = null "
					+ "where id = ?", attempt, Timestamp.from(clock.instant()), id);
			return "SENT";
		}
		catch (MailException | MessagingException e) {
			String status = attempt >= properties.mailMaxAttempts() ? "FAILED" : "PENDING";
			String error = String.valueOf(e.getMessage());
			jdbc.update("update push_digests set mail_status = ?, mail_attempts = ?, mail_error = ? where id = ?", status,
					attempt, error.length() > 500 ? error.substring(0, 500) : error, id);
			log.warn("Digest {} mail attempt {} failed ({}): {}", id, attempt, status, error);
			return status;
		}
	}

	/**
	 * One SMTP connection for a whole run when the sender is Spring's {@link JavaMailSenderImpl} (a connection per mail costs
	 * a TCP and often a TLS handshake each, and providers limit connections); each message is still sent, and its digest
	 * marked SENT, one at a time. A failure closes the connection; the next message opens a new one. Any other sender sends
	 * each message on its own.
	 */
	static final class Outbox implements AutoCloseable {

		private final JavaMailSender sender;
		private Transport transport;

		Outbox(JavaMailSender sender) {
			this.sender = sender;
		}

		void send(MimeMessage message) throws MessagingException {
			if (!(sender instanceof JavaMailSenderImpl smtp)) {
				sender.send(message);
				return;
			}
			// as JavaMailSenderImpl.send does
			if (message.getSentDate() == null) {
				message.setSentDate(new Date());
			}
			message.saveChanges();
			try {
				if (transport == null || !transport.isConnected()) {
					String protocol = smtp.getProtocol() != null ? smtp.getProtocol()
							: smtp.getSession().getProperty("mail.transport.protocol");
					transport = smtp.getSession().getTransport(protocol != null ? protocol : "smtp");
					String username = smtp.getUsername() == null || smtp.getUsername().isEmpty() ? null : smtp.getUsername();
					String password = username == null && (smtp.getPassword() == null || smtp.getPassword().isEmpty()) ? null
							: smtp.getPassword();
					transport.connect(smtp.getHost(), smtp.getPort(), username, password);
				}
				transport.sendMessage(message, message.getAllRecipients());
			}
			catch (MessagingException e) {
				close();
				throw e;
			}
		}

		@Override
		public void close() {
			if (transport != null) {
				try {
					transport.close();
				}
				catch (MessagingException e) {
					// the connection is gone either way
				}
				transport = null;
			}
		}
	}
}
