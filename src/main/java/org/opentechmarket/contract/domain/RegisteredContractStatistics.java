package org.opentechmarket.contract.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.opentechmarket.contract.ContractStatistics;
import org.opentechmarket.platform.CodeTables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ContractStatistics} over the registered contracts in force. */
@Service
class RegisteredContractStatistics implements ContractStatistics {

	private static final EnumSet<ContractStatus> IN_FORCE = EnumSet.of(ContractStatus.REGISTERED, ContractStatus.AMENDED);
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

	private final Contracts contracts;
	private final RegistrationPoints points;
	private final CodeTables codes;
	private final ContractProperties properties;

	RegisteredContractStatistics(Contracts contracts, RegistrationPoints points, CodeTables codes, ContractProperties properties) {
		this.contracts = contracts;
		this.points = points;
		this.codes = codes;
		this.properties = properties;
	}

	@Override
	@Transactional(readOnly = true)
	public Summary summary(LocalDate from, LocalDate to, int regionLevel) {
		if (from == null || to == null || to.isBefore(from) || regionLevel < 1 || regionLevel > 3) {
			throw new IllegalArgumentException("Bad statistics period or region level: " + from + ".." + to + " / " + regionLevel);
		}
		List<Contract> registered = contracts.findByStatusInAndRegisteredOnBetween(IN_FORCE, from, to);
		BigDecimal amount = registered.stream().map(c -> c.getTerms().getContractAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal technical = registered.stream().map(Contract::getTechnicalAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Summary(from, to, registered.size(), amount, technical,
				group(registered, c -> c.getTerms().getType().name()),
				group(registered, c -> c.getTerms().getTechnicalField().name()),
				group(registered, c -> c.getRegisteredOn().format(MONTH)),
				group(registered, c -> c.getSeller().getNatureCode()),
				group(registered, c -> c.getBuyer().getNatureCode()),
				group(registered, c -> region(c.getBuyer(), regionLevel)),
				group(registered, c -> region(c.getSeller(), regionLevel)));
	}

	private String region(Party p, int level) {
		return p.domestic() && p.getRegionCode() != null ? codes.regions().ancestorAt(p.getRegionCode(), level) : null;
	}

	/** Buckets by key in key order; contracts without a key (e.g. a foreign party's region) are left out. */
	static List<Bucket> group(List<Contract> registered, Function<Contract, String> key) {
		Map<String, Bucket> buckets = new TreeMap<>();
		for (Contract c : registered) {
			String k = key.apply(c);
			if (k == null) {
				continue;
			}
			Bucket b = buckets.getOrDefault(k, new Bucket(k, 0, BigDecimal.ZERO, BigDecimal.ZERO));
			buckets.put(k, new Bucket(k, b.count() + 1, b.contractAmount().add(c.getTerms().getContractAmount()),
					b.technicalAmount().add(c.getTechnicalAmount())));
		}
		return List.copyOf(buckets.values());
	}

	@Override
	@Transactional(readOnly = true)
	public RewardPool rewardPool(int year) {
		List<Contract> registered = contracts.findByStatusInAndRegisteredOnBetween(IN_FORCE, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31));
		Map<Long, BigDecimal> byPoint = new LinkedHashMap<>();
		for (RegistrationPoints.Point p : points.all()) {
			byPoint.put(p.organisationId(), BigDecimal.ZERO);
		}
		for (Contract c : registered) {
			byPoint.merge(c.getPointOrganisationId(), c.getTechnicalAmount(), BigDecimal::add);
		}
		BigDecimal total = byPoint.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal rate = properties.rewardPerHundredMillion();
		BigDecimal pool = RewardSplit.pool(total, rate);
		Map<Long, BigDecimal> shares = RewardSplit.split(pool, byPoint);
		List<PointShare> list = byPoint.entrySet()
			.stream()
			.map(e -> new PointShare(e.getKey(),
					points.find(e.getKey()).map(RegistrationPoints.Point::name).orElse("#" + e.getKey()), e.getValue(),
					shares.get(e.getKey())))
			.toList();
		return new RewardPool(year, total, rate, pool, list);
	}
}
