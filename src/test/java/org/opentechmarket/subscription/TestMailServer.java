package org.opentechmarket.subscription;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The in-process SMTP server of the mail tests: GreenMail on the fixed port that src/test/resources/application.properties
 * gives {@code spring.mail.port}, started once for the whole suite on first use (the shared Spring context never changes).
 */
public final class TestMailServer {

	public static final int PORT = 39025;

	private static GreenMail server;

	private TestMailServer() {
	}

	public static synchronized GreenMail get() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(TestMailServer::stop));
		}
		return server;
	}

	/** Stops the server (a test of a failing SMTP server); {@link #get()} starts a fresh one. */
	public static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	/** Every message received so far addressed to {@code to}. */
	public static List<MimeMessage> messagesTo(String to) {
		return Arrays.stream(get().getReceivedMessages()).filter(m -> {
			try {
				Address[] recipients = m.getRecipients(Message.RecipientType.TO);
				return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().contains(to));
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	/** The text of one MIME type (text/plain or text/html) anywhere in the message. */
	public static String part(MimeMessage message, String type) {
		try {
			String found = find(message, type);
			if (found == null) {
				throw new AssertionError("no " + type + " part");
			}
			return found;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String find(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			Object content = part.getContent();
			return content instanceof String s ? s
					: new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = find(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
