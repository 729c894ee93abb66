package org.opentechmarket.contract.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CodeTables.Code;
import org.springframework.stereotype.Component;

/**
 * Registration points (登记点): verified organisations of type REGISTRATION_POINT with a region. A point covers its own region and
 * every region below it; a registrant goes to the most specific point covering its region. Points in the same region are numbered
 * 01, 02… in the order they were created (organisation id): the number is part of the 登记号.
 */
@Component
public class RegistrationPoints {

	private final Organisations organisations;
	private final CodeTables codes;
	/** The province (GB/T 2260) whose districts the coverage page lists: {@code otm.contract.coverage-province}. */
	private final String province;

	public RegistrationPoints(Organisations organisations, CodeTables codes, ContractProperties properties) {
		this.organisations = organisations;
		this.codes = codes;
		this.province = properties.coverageProvince();
	}

	public record Point(long organisationId, String name, String regionCode, int number) {
	}

	public List<Point> all() {
		List<OrganisationSummary> orgs = organisations.verified()
			.stream()
			.filter(o -> o.type() == OrganisationType.REGISTRATION_POINT && codes.regions().contains(o.regionCode()))
			.sorted(Comparator.comparingLong(OrganisationSummary::id))
			.toList();
		Map<String, List<OrganisationSummary>> byRegion = orgs.stream()
			.collect(Collectors.groupingBy(OrganisationSummary::regionCode));
		List<Point> points = new ArrayList<>();
		for (OrganisationSummary o : orgs) {
			points.add(new Point(o.id(), o.name(), o.regionCode(), byRegion.get(o.regionCode()).indexOf(o) + 1));
		}
		return points;
	}

	public Optional<Point> find(long organisationId) {
		return all().stream().filter(p -> p.organisationId() == organisationId).findFirst();
	}

	/** The most specific point whose region is the given region or one of its ancestors. */
	public Optional<Point> covering(String regionCode) {
		return covering(regionCode, all());
	}

	private Optional<Point> covering(String regionCode, List<Point> points) {
		Code c = codes.regions().find(regionCode).orElse(null);
		while (c != null) {
			String code = c.code();
			Optional<Point> here = points.stream().filter(p -> p.regionCode().equals(code)).findFirst();
			if (here.isPresent()) {
				return here;
			}
			c = c.parent() == null ? null : codes.regions().find(c.parent()).orElse(null);
		}
		return Optional.empty();
	}

	/** Districts (and county-level cities, GB/T 2260 level 3) of the coverage province that no point covers. */
	public List<Code> uncoveredDistricts() {
		List<Point> points = all();
		return codes.regions()
			.all()
			.stream()
			.filter(c -> c.level() == 3 && province.equals(codes.regions().root(c.code())))
			.filter(c -> covering(c.code(), points).isEmpty())
			.toList();
	}

	public int districtCount() {
		return (int) codes.regions()
			.all()
			.stream()
			.filter(c -> c.level() == 3 && province.equals(codes.regions().root(c.code())))
			.count();
	}
}
