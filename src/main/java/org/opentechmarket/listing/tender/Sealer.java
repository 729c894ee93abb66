package org.opentechmarket.listing.tender;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import javax.crypto.SecretKey;

import org.opentechmarket.platform.DomainException;
import org.springframework.stereotype.Component;

/**
 * Seals and unseals tender offers (docs/architecture.md §Sealed tender offers). Each tender has its own random AES-256 data
 * key, stored only wrapped (AES-GCM) by the {@link MasterKey}, which is not in the database. Offers and attachments are sealed
 * with the data key and their row's context. Unsealing is refused — before any key is touched — unless the tender's audited
 * opening has happened and the opening time has come by the platform clock.
 */
@Component
public class Sealer {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MasterKey master;
	private final Clock clock;

	public Sealer(MasterKey master, Clock clock) {
		this.master = master;
		this.clock = clock;
	}

	public record Sealed(byte[] bytes, String receipt) {
	}

	static String keyContext(long tenderId) {
		return "otm:tender-key:v1:" + tenderId;
	}

	/** Gives a new tender its data key (the tender must have its id). */
	void newDataKey(Tender tender) {
		SecretKey dataKey = SealedBox.newKey();
		tender.keyWrapped(SealedBox.seal(master.key(), dataKey.getEncoded(), keyContext(tender.getId())), master.id());
	}

	private SecretKey dataKey(Tender tender) {
		if (!master.id().equals(tender.getKeyId())) {
			throw new IllegalStateException("Tender " + tender.getId() + " was sealed with master key " + tender.getKeyId()
					+ " but the configured master key is " + master.id());
		}
		return SealedBox.key(SealedBox.open(master.key(), tender.getWrappedKey(), keyContext(tender.getId())));
	}

	Sealed seal(Tender tender, long bidderOrganisationId, int revision, OfferContent content) {
		byte[] bytes = SealedBox.seal(dataKey(tender), content.encode(),
				TenderOffer.sealContext(tender.getId(), bidderOrganisationId, revision));
		return new Sealed(bytes, sha256(bytes));
	}

	/** Seals an attachment's name and bytes; the receipt is the hash of the sealed bytes. */
	void seal(Tender tender, OfferFile file, String name, byte[] content) {
		SecretKey key = dataKey(tender);
		byte[] sealedName = SealedBox.seal(key, name.getBytes(java.nio.charset.StandardCharsets.UTF_8), file.nameContext());
		byte[] bytes = SealedBox.seal(key, content, file.sealContext());
		file.seal(sealedName, bytes, sha256(bytes));
	}

	/** The offer's content, only once the tender is opened; a broken seal throws {@link SealedBox.BrokenSeal}. */
	OfferContent unseal(Tender tender, TenderOffer offer) {
		requireOpened(tender);
		return OfferContent.decode(SealedBox.open(dataKey(tender), offer.getSealed(), offer.sealContext()));
	}

	String unsealName(Tender tender, OfferFile file) {
		requireOpened(tender);
		return new String(SealedBox.open(dataKey(tender), file.getSealedName(), file.nameContext()),
				java.nio.charset.StandardCharsets.UTF_8);
	}

	byte[] unsealContent(Tender tender, OfferFile file) {
		requireOpened(tender);
		return SealedBox.open(dataKey(tender), file.getSealed(), file.sealContext());
	}

	void requireOpened(Tender tender) {
		if (!tender.isOpened(clock)) {
			throw DomainException.conflict("tender.sealed", SHOWN.format(tender.getOpeningAt().atZone(clock.getZone())));
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
