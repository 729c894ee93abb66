package org.opentechmarket.finance.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InsuranceProducts extends JpaRepository<InsuranceProduct, Long> {

	List<InsuranceProduct> findAllByOrderByInsurerNameAscNameAsc();

	List<InsuranceProduct> findByInsurerOrganisationIdOrderByName(long insurer);

	boolean existsByInsurerOrganisationIdAndNameIgnoreCase(long insurer, String name);
}
