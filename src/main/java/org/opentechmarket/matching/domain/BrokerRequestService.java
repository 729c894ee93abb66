package org.opentechmarket.matching.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opentechmarket.broker.AttachmentSubject;
import org.opentechmarket.broker.BrokerFields;
import org.opentechmarket.broker.Brokers;
import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.demand.Needs;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Inbox;
import org.opentechmarket.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing a need to a broker (demands.md §Matching: a need without a strong match goes to a challenge or a broker). Whoever
 * manages the need asks; the request goes to the inbox of the active brokers whose fields and regions cover the need (all
 * active brokers when none does); any broker takes it from their list, and the broker module records the broker as
 * attached to the need with the owner's consent (the request). One open request per need.
 */
@Service
@Transactional
public class BrokerRequestService {

	static final int NOTE_MAX = 1000;

	private final BrokerRequests requests;
	private final Needs needs;
	private final Brokers brokers;
	private final UserAccounts users;
	private final CodeTables codes;
	private final Inbox inbox;
	private final AuditLog audit;
	private final Clock clock;

	public BrokerRequestService(BrokerRequests requests, Needs needs, Brokers brokers, UserAccounts users,
			CodeTables codes, Inbox inbox, AuditLog audit, Clock clock) {
		this.requests = requests;
		this.needs = needs;
		this.brokers = brokers;
		this.users = users;
		this.codes = codes;
		this.inbox = inbox;
		this.audit = audit;
		this.clock = clock;
	}

	public BrokerRequest request(CurrentUser user, long needId, String note) {
		NeedSummary need = managed(user, needId);
		if (need.status().isFinal()) {
			throw DomainException.conflict("matching.brokerRequest.needClosed");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > NOTE_MAX) {
			throw DomainException.invalid(List.of(FieldViolation.of("note", "validation.size.max", NOTE_MAX)));
		}
		if (requests.existsByNeedIdAndStatus(needId, BrokerRequest.Status.OPEN)) {
			throw DomainException.conflict("matching.brokerRequest.exists");
		}
		BrokerRequest r = requests.save(new BrokerRequest(needId, need.ownerOrganisationId(), user.id(), user.getUsername(),
				text, clock));
		audit.record("matching.brokerRequest", "need", needId, "request " + r.getId());
		List<CurrentUser> reached = new ArrayList<>();
		List<CurrentUser> active = new ArrayList<>();
		for (CurrentUser broker : users.usersWithRole(Role.BROKER)) {
			Optional<BrokerFields> fields = brokers.fieldsOf(broker.id()).filter(BrokerFields::takesWork);
			if (fields.isEmpty()) {
				continue;
			}
			active.add(broker);
			if (new BrokerReach(codes, fields.get()).covers(need.industryCode(), need.disciplineCode(), need.regionCode())) {
				reached.add(broker);
			}
		}
		for (CurrentUser broker : reached.isEmpty() ? active : reached) {
			inbox.deliver(broker.id(), "matching.inbox.brokerRequested", List.of(need.title()), "/broker/need-requests");
		}
		return r;
	}

	public BrokerRequest cancel(CurrentUser user, long requestId) {
		BrokerRequest r = requests.findById(requestId)
			.orElseThrow(() -> DomainException.notFound("matching.brokerRequest.notFound", requestId));
		managed(user, r.getNeedId());
		r.cancel(user.getUsername(), clock);
		audit.record("matching.brokerRequest.cancel", "need", r.getNeedId(), "request " + requestId);
		return r;
	}

	/** Whether the need was ever handed to the brokers (whatever became of it). */
	@Transactional(readOnly = true)
	public boolean everRequested(long needId) {
		return requests.findFirstByNeedIdOrderByCreatedAtDescIdDesc(needId).isPresent();
	}

	/** An open request with its need, and whether the need is in the viewing broker's fields and regions. */
	public record OpenRequest(BrokerRequest request, NeedSummary need, boolean inMyFields) {
	}

	/** Open requests for brokers (the ones in their fields first), and the ones this broker took. */
	public record BrokerList(List<OpenRequest> open, List<OpenRequest> taken, boolean hasProfile) {
	}

	@Transactional(readOnly = true)
	public BrokerList forBroker(CurrentUser broker) {
		requireBroker(broker);
		Optional<BrokerReach> reach = brokers.fieldsOf(broker.id()).map(f -> new BrokerReach(codes, f));
		List<BrokerRequest> open = requests.findByStatusOrderByCreatedAtAscIdAsc(BrokerRequest.Status.OPEN);
		List<BrokerRequest> taken = requests.findByTakenByUserIdOrderByDecidedAtDesc(broker.id());
		Map<Long, NeedSummary> summaries = new HashMap<>();
		List<Long> ids = new ArrayList<>();
		open.forEach(r -> ids.add(r.getNeedId()));
		taken.forEach(r -> ids.add(r.getNeedId()));
		needs.findAll(ids).forEach(n -> summaries.put(n.id(), n));
		List<OpenRequest> openRows = new ArrayList<>();
		for (BrokerRequest r : open) {
			NeedSummary n = summaries.get(r.getNeedId());
			if (n != null && !n.status().isFinal()) {
				openRows.add(new OpenRequest(r, n, reach.map(x -> x.covers(n.industryCode(), n.disciplineCode(),
						n.regionCode())).orElse(false)));
			}
		}
		openRows.sort((a, b) -> Boolean.compare(b.inMyFields(), a.inMyFields()));
		List<OpenRequest> takenRows = taken.stream()
			.filter(r -> summaries.containsKey(r.getNeedId()))
			.map(r -> new OpenRequest(r, summaries.get(r.getNeedId()), true))
			.toList();
		return new BrokerList(openRows, takenRows, reach.isPresent());
	}

	/** A broker takes an open request: attached to the need at once (broker module), the asker is told. */
	public BrokerRequest take(CurrentUser broker, long requestId) {
		requireBroker(broker);
		BrokerRequest r = requests.findById(requestId)
			.orElseThrow(() -> DomainException.notFound("matching.brokerRequest.notFound", requestId));
		if (r.getStatus() != BrokerRequest.Status.OPEN) {
			throw DomainException.conflict("matching.brokerRequest.notOpen");
		}
		NeedSummary need = needs.find(r.getNeedId())
			.filter(n -> !n.status().isFinal())
			.orElseThrow(() -> DomainException.conflict("matching.brokerRequest.needClosed"));
		long attachment = brokers.acceptRequest(broker, AttachmentSubject.NEED, need.id(), r.getOwnerOrganisationId(),
				r.getRequestedBy());
		r.take(broker.id(), attachment, broker.getUsername(), clock);
		audit.record("matching.brokerRequest.take", "need", need.id(), "request " + requestId + " attachment " + attachment);
		inbox.deliver(r.getRequestedByUserId(), "matching.inbox.brokerTook", List.of(need.title(), broker.displayName()),
				"/needs/" + need.id());
		return r;
	}

	/** The need when this user manages it; "forbidden" when they may only see it (public), "not found" otherwise. */
	private NeedSummary managed(CurrentUser user, long needId) {
		NeedSummary need = needs.find(needId).orElseThrow(() -> DomainException.notFound("need.notFound", needId));
		if (user == null || !(user.isAdmin() || needs.managedBy(user, needId))) {
			if (need.status().isPublic()) {
				throw DomainException.forbidden();
			}
			throw DomainException.notFound("need.notFound", needId);
		}
		return need;
	}

	private static void requireBroker(CurrentUser user) {
		if (user == null || !user.has(Role.BROKER)) {
			throw DomainException.forbidden("broker.roleRequired");
		}
	}
}
