package org.opentechmarket.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A load generator's HTTP/1.1 client: one kept-alive blocking socket, one request at a time, nothing else. The JDK's
 * {@code HttpClient} routes every connection through one selector thread and an executor; with 200 bidders on the same two
 * cores as the server, that client spent CPU the server needed and queued answers before the bidders saw them. Reads
 * Content-Length and chunked bodies; reconnects when the server closed the connection.
 */
final class LoopbackHttp implements Closeable {

	record Response(int status, String body) {
	}

	private final String host;
	private final int port;
	private Socket socket;
	private InputStream in;
	private OutputStream out;

	LoopbackHttp(String host, int port) {
		this.host = host;
		this.port = port;
	}

	Response post(String path, String authorization, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: " + authorization
				+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
		return exchange(head.getBytes(StandardCharsets.US_ASCII), body);
	}

	Response get(String path, String authorization) throws IOException {
		String head = "GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n"
				+ (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "Accept: application/json\r\n\r\n";
		return exchange(head.getBytes(StandardCharsets.US_ASCII), new byte[0]);
	}

	private Response exchange(byte[] head, byte[] body) throws IOException {
		boolean fresh = socket == null;
		try {
			return once(head, body);
		}
		catch (IOException e) {
			close();
			if (fresh) {
				throw e;
			}
			// a kept-alive connection the server had closed: one more try on a new one
			return once(head, body);
		}
	}

	private Response once(byte[] head, byte[] body) throws IOException {
		if (socket == null) {
			socket = new Socket();
			socket.setTcpNoDelay(true);
			socket.connect(new InetSocketAddress(host, port), 10_000);
			socket.setSoTimeout(60_000);
			in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
			out = socket.getOutputStream();
		}
		byte[] request = new byte[head.length + body.length];
		System.arraycopy(head, 0, request, 0, head.length);
		System.arraycopy(body, 0, request, head.length, body.length);
		out.write(request);
		out.flush();
		String statusLine = line();
		int status = Integer.parseInt(statusLine.substring(9, 12));
		int length = -1;
		boolean chunked = false;
		boolean close = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			int colon = header.indexOf(':');
			String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = header.substring(colon + 1).trim();
			switch (name) {
				case "content-length" -> length = Integer.parseInt(value);
				case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
				case "connection" -> close = value.equalsIgnoreCase("close");
				default -> {
				}
			}
		}
		ByteArrayOutputStream content = new ByteArrayOutputStream(256);
		if (chunked) {
			for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
					size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
				content.write(in.readNBytes(size));
				line();
			}
			while (!line().isEmpty()) {
				// trailers
			}
		}
		else if (length > 0) {
			byte[] bytes = in.readNBytes(length);
			if (bytes.length < length) {
				throw new EOFException("body cut short");
			}
			content.write(bytes);
		}
		if (close) {
			close();
		}
		return new Response(status, content.toString(StandardCharsets.UTF_8));
	}

	private String line() throws IOException {
		StringBuilder sb = new StringBuilder(64);
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new EOFException("connection closed");
			}
			if (c != '\r') {
				sb.append((char) c);
			}
		}
		return sb.toString();
	}

	@Override
	public void close() {
		if (socket != null) {
			try {
				socket.close();
			}
			catch (IOException e) {
				// closing anyway
			}
		}
		socket = null;
	}
}
