package org.opentechmarket.listing.tender;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticated encryption with AES-256-GCM (NIST SP 800-38D): a random 96-bit nonce per message and a 128-bit tag. The
 * associated data binds a ciphertext to the row it belongs to (tender, bidder, revision), so a ciphertext copied into another
 * row, or altered by a single bit, does not decrypt. Format: {@code 0x01 || nonce (12) || ciphertext || tag (16)}.
 */
public final class SealedBox {

	private static final byte VERSION = 1;
	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;
	private static final SecureRandom RANDOM = new SecureRandom();

	private SealedBox() {
	}

	/** A ciphertext that does not decrypt: altered, truncated, or from another row or key. */
	public static final class BrokenSeal extends RuntimeException {

		BrokenSeal(String message, Throwable cause) {
			super(message, cause);
		}
	}

	public static SecretKey newKey() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return key(bytes);
	}

	public static SecretKey key(byte[] bytes) {
		if (bytes.length != 32) {
			throw new IllegalArgumentException("AES-256 keys have 32 bytes, not " + bytes.length);
		}
		return new SecretKeySpec(bytes, "AES");
	}

	public static byte[] seal(SecretKey key, byte[] plaintext, String associatedData) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
			byte[] body = cipher.doFinal(plaintext);
			return ByteBuffer.allocate(1 + NONCE_BYTES + body.length).put(VERSION).put(nonce).put(body).array();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is not available", e);
		}
	}

	public static byte[] open(SecretKey key, byte[] sealed, String associatedData) {
		if (sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
			throw new BrokenSeal("not a sealed box of version " + VERSION, null);
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
			cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
		}
		catch (AEADBadTagException e) {
			throw new BrokenSeal("the seal is broken (altered data, wrong row or wrong key)", e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is not available", e);
		}
	}
}
