package org.opentechmarket.listing.tender;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An attachment of a tender offer, sealed like the offer: its name and its bytes, each with the offer's data key. */
@Entity
@Table(name = "tender_offer_files")
public class OfferFile {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tender_offer_files_seq")
	@SequenceGenerator(name = "tender_offer_files_seq", sequenceName = "tender_offer_files_seq", allocationSize = 50)
	private Long id;
	private long offerId;
	private long tenderId;
	private long bidderOrganisationId;
	private String sealId;
	private byte[] sealedName;
	private byte[] sealed;
	private String receipt;
	private Instant createdAt;

	protected OfferFile() {
	}

	OfferFile(long offerId, long tenderId, long bidderOrganisationId, Instant createdAt) {
		this.offerId = offerId;
		this.tenderId = tenderId;
		this.bidderOrganisationId = bidderOrganisationId;
		this.sealId = UUID.randomUUID().toString();
		this.createdAt = createdAt;
	}

	String sealContext() {
		return "otm:tender-file:v1:" + tenderId + ":" + bidderOrganisationId + ":" + sealId;
	}

	String nameContext() {
		return sealContext() + ":name";
	}

	void seal(byte[] sealedName, byte[] ciphertext, String receipt) {
		this.sealedName = sealedName;
		this.sealed = ciphertext;
		this.receipt = receipt;
	}

	public Long getId() {
		return id;
	}

	public long getOfferId() {
		return offerId;
	}

	public long getTenderId() {
		return tenderId;
	}

	byte[] getSealedName() {
		return sealedName;
	}

	byte[] getSealed() {
		return sealed;
	}

	public String getReceipt() {
		return receipt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
