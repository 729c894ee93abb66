package org.opentechmarket.finance.domain;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.FileStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evidence files of loans, policies and investments: added by the record's owner, read by whoever may see the record. */
@Service
@Transactional
public class EvidenceService {

	private final EvidenceFiles files;
	private final Loans loans;
	private final InsurancePolicies policies;
	private final EquityInvestments investments;
	private final FinanceAccess access;
	private final FileStore store;
	private final AuditLog audit;
	private final Clock clock;

	EvidenceService(EvidenceFiles files, Loans loans, InsurancePolicies policies, EquityInvestments investments,
			FinanceAccess access, FileStore store, AuditLog audit, Clock clock) {
		this.files = files;
		this.loans = loans;
		this.policies = policies;
		this.investments = investments;
		this.access = access;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	private record Owners(long owner, long counterparty) {
	}

	public EvidenceFile add(CurrentUser user, RecordType type, long recordId, String fileName, long size, InputStream content) {
		Owners owners = owners(type, recordId);
		access.requireEdit(user, owners.owner(), owners.counterparty(), recordId);
		if (size <= 0) {
			throw DomainException.invalid(List.of(FieldViolation.of("file", "finance.file.required")));
		}
		FileStore.Stored stored = store.store(fileName, size, content);
		EvidenceFile file = files.save(new EvidenceFile(type, recordId, new StoredFile(stored, fileName), user.getUsername(),
				clock));
		audit.record("finance.evidence.add", "finance-" + type.name().toLowerCase(java.util.Locale.ROOT), recordId,
				file.getFile().getName() + " " + stored.sha256());
		return file;
	}

	@Transactional(readOnly = true)
	public List<EvidenceFile> of(CurrentUser user, RecordType type, long recordId) {
		Owners owners = owners(type, recordId);
		access.requireView(user, owners.owner(), owners.counterparty(), recordId);
		return files.findByRecordTypeAndRecordIdOrderByUploadedAt(type, recordId);
	}

	/** The evidence file if this user may see its record; 404 otherwise. */
	@Transactional(readOnly = true)
	public EvidenceFile file(CurrentUser user, long evidenceId) {
		EvidenceFile file = files.findById(evidenceId)
			.orElseThrow(() -> DomainException.notFound("finance.record.notFound", evidenceId));
		Owners owners = owners(file.getRecordType(), file.getRecordId());
		if (!access.mayView(user, owners.owner(), owners.counterparty())) {
			throw DomainException.notFound("finance.record.notFound", evidenceId);
		}
		return file;
	}

	public Path path(StoredFile file) {
		return store.path(file.getKey());
	}

	private Owners owners(RecordType type, long id) {
		return switch (type) {
			case LOAN -> loans.findById(id)
				.map(l -> new Owners(l.getLenderOrganisationId(), l.getBorrowerOrganisationId()))
				.orElseThrow(() -> DomainException.notFound("finance.record.notFound", id));
			case POLICY -> policies.findById(id)
				.map(p -> new Owners(p.getInsurerOrganisationId(), p.getInsuredOrganisationId()))
				.orElseThrow(() -> DomainException.notFound("finance.record.notFound", id));
			case INVESTMENT -> investments.findById(id)
				.map(i -> new Owners(i.getInvestorOrganisationId(), i.getInvesteeOrganisationId()))
				.orElseThrow(() -> DomainException.notFound("finance.record.notFound", id));
		};
	}
}
