package org.opentechmarket.finance.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Technology insurance: insurers' products, and the policies they issue to verified organisations. */
@Service
@Transactional
public class InsuranceService {

	private final InsuranceProducts products;
	private final InsurancePolicies policies;
	private final FinanceAccess access;
	private final FinanceProperties properties;
	private final AuditLog audit;
	private final Clock clock;
	private final CounterpartyNotices notices;

	InsuranceService(InsuranceProducts products, InsurancePolicies policies, FinanceAccess access,
			FinanceProperties properties, AuditLog audit, Clock clock, CounterpartyNotices notices) {
		this.notices = notices;
		this.products = products;
		this.policies = policies;
		this.access = access;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	public InsuranceProduct addProduct(CurrentUser user, ProductForm form) {
		Party insurer = access.financier(user);
		List<FieldViolation> violations = new ArrayList<>();
		Checks.required(violations, "kind", form.getKind());
		String name = Checks.text(form.getName());
		if (Checks.required(violations, "name", name)) {
			Checks.maxLength(violations, "name", name, 200);
			if (products.existsByInsurerOrganisationIdAndNameIgnoreCase(insurer.id(), name)) {
				violations.add(FieldViolation.of("name", "finance.product.duplicate"));
			}
		}
		String description = Checks.text(form.getDescription());
		Checks.maxLength(violations, "description", description, 2000);
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
		InsuranceProduct product = products.save(new InsuranceProduct(insurer, form.getKind(), name, description,
				user.getUsername(), clock));
		audit.record("finance.product.create", "finance-product", product.getId(), product.getKind() + " " + name);
		return product;
	}

	/** Products are offers: every signed-in user may read them. */
	@Transactional(readOnly = true)
	public List<InsuranceProduct> products() {
		return products.findAllByOrderByInsurerNameAscNameAsc();
	}

	@Transactional(readOnly = true)
	public List<InsuranceProduct> productsOf(CurrentUser user) {
		return products.findByInsurerOrganisationIdOrderByName(user.organisationId());
	}

	public InsurancePolicy issue(CurrentUser user, PolicyForm form) {
		Party insurer = access.financier(user);
		List<FieldViolation> violations = new ArrayList<>();
		InsuranceProduct product = null;
		if (Checks.required(violations, "productId", form.getProductId())) {
			product = products.findById(form.getProductId())
				.filter(p -> p.getInsurerOrganisationId() == insurer.id())
				.orElse(null);
			if (product == null) {
				violations.add(FieldViolation.of("productId", "finance.policy.product.notOwn"));
			}
		}
		Optional<Party> insured = access.counterparty(violations, "insured", form.getInsured(), insurer);
		Optional<AchievementSummary> achievement = access.achievement(violations, "achievementId", form.getAchievementId());
		Checks.money(violations, "sumInsured", form.getSumInsured(), false);
		Checks.money(violations, "premium", form.getPremium(), true);
		Checks.required(violations, "periodStart", form.getPeriodStart());
		if (Checks.required(violations, "periodEnd", form.getPeriodEnd()) && form.getPeriodStart() != null
				&& form.getPeriodEnd().isBefore(form.getPeriodStart())) {
			violations.add(FieldViolation.of("periodEnd", "finance.policy.period.order"));
		}
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
		InsurancePolicy policy = policies.save(new InsurancePolicy(product, insured.orElseThrow(),
				achievement.map(AchievementSummary::id).orElse(null), form.getSumInsured(), form.getPremium(),
				form.getPeriodStart(), form.getPeriodEnd(), user.getUsername(), clock));
		audit.record("finance.policy.create", "finance-policy", policy.getId(), product.getName() + " for "
				+ policy.getInsuredName() + " " + policy.getSumInsured().toPlainString());
		notices.tell(policy.getInsuredOrganisationId(), "finance.notice.policyRecorded",
				List.of(product.getInsurerName(), product.getName()), "/finance/insurance/policies/" + policy.getId());
		return policy;
	}

	public InsurancePolicy move(CurrentUser user, long id, PolicyStatus next, LocalDate on) {
		InsurancePolicy policy = load(id);
		access.requireEdit(user, policy.getInsurerOrganisationId(), policy.getInsuredOrganisationId(), id);
		if (next == null) {
			throw DomainException.invalid(List.of(FieldViolation.of("status", "finance.required")));
		}
		PolicyStatus before = policy.getStatus();
		policy.moveTo(next, on == null ? LocalDate.now(clock) : on, clock);
		audit.record("finance.policy.status", "finance-policy", id, before + " -> " + next);
		return policy;
	}

	@Transactional(readOnly = true)
	public InsurancePolicy view(CurrentUser user, long id) {
		InsurancePolicy policy = load(id);
		access.requireView(user, policy.getInsurerOrganisationId(), policy.getInsuredOrganisationId(), id);
		return policy;
	}

	@Transactional(readOnly = true)
	public Page<InsurancePolicy> list(CurrentUser user, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), properties.pageSize());
		return user.isAdmin() ? policies.findAllByOrderByIdDesc(request) : policies.involving(user.organisationId(), request);
	}

	public boolean mayEdit(CurrentUser user, InsurancePolicy policy) {
		return access.mayEdit(user, policy.getInsurerOrganisationId());
	}

	private InsurancePolicy load(long id) {
		return policies.findById(id).orElseThrow(() -> DomainException.notFound("finance.record.notFound", id));
	}
}
