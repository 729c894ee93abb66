package org.opentechmarket.listing.tender;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * What a sealed offer contains: the price (yuan), the technical proposal and, for a buyer's tender for a technology, the
 * bidder's published achievement it offers (null otherwise). Encoded as a small versioned binary record before sealing.
 */
public record OfferContent(BigDecimal price, String proposal, Long achievementId) {

	private static final int FORMAT = 1;

	byte[] encode() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(FORMAT);
			writeText(out, price.toPlainString());
			writeText(out, proposal);
			out.writeLong(achievementId == null ? -1 : achievementId);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	static OfferContent decode(byte[] encoded) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
			if (in.readByte() != FORMAT) {
				throw new IllegalStateException("unknown offer format");
			}
			BigDecimal price = new BigDecimal(readText(in));
			String proposal = readText(in);
			long achievement = in.readLong();
			return new OfferContent(price, proposal, achievement < 0 ? null : achievement);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void writeText(DataOutputStream out, String text) throws IOException {
		byte[] b = text.getBytes(StandardCharsets.UTF_8);
		out.writeInt(b.length);
		out.write(b);
	}

	static String readText(DataInputStream in) throws IOException {
		return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
	}
}
