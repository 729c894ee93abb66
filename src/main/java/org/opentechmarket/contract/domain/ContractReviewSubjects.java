package org.opentechmarket.contract.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.opentechmarket.evaluation.ReviewSubject;
import org.opentechmarket.evaluation.ReviewSubjectProvider;
import org.opentechmarket.evaluation.ReviewSubjectType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts as review subjects (the expert opinion on a large or disputed contract): buyer and seller are the parties (their
 * organisations where known, and by name), the registration point reads the results. Only contracts awaiting a decision can be
 * reviewed.
 */
@Component
class ContractReviewSubjects implements ReviewSubjectProvider {

	private final Contracts contracts;

	ContractReviewSubjects(Contracts contracts) {
		this.contracts = contracts;
	}

	@Override
	public ReviewSubjectType type() {
		return ReviewSubjectType.CONTRACT;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ReviewSubject> find(long id) {
		return contracts.findById(id).filter(c -> c.getStatus() == ContractStatus.SUBMITTED).map(ContractReviewSubjects::subject);
	}

	static ReviewSubject subject(Contract c) {
		Set<Long> partyIds = new LinkedHashSet<>();
		if (c.getRegistrantOrganisationId() != null) {
			partyIds.add(c.getRegistrantOrganisationId());
		}
		if (c.getBuyer().getOrganisationId() != null) {
			partyIds.add(c.getBuyer().getOrganisationId());
		}
		if (c.getSeller().getOrganisationId() != null) {
			partyIds.add(c.getSeller().getOrganisationId());
		}
		Set<String> names = new LinkedHashSet<>(List.of(c.getBuyer().getName(), c.getSeller().getName()));
		return new ReviewSubject(ReviewSubjectType.CONTRACT, c.getId(), c.getTerms().getProjectName(), "/contracts/" + c.getId(),
				partyIds, names, List.of(), List.of(), List.of(), Set.of(c.getPointOrganisationId()));
	}
}
