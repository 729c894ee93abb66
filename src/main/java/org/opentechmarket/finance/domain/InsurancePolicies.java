package org.opentechmarket.finance.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InsurancePolicies extends JpaRepository<InsurancePolicy, Long> {

	Page<InsurancePolicy> findAllByOrderByIdDesc(Pageable page);

	@Query("select p from InsurancePolicy p where p.insurerOrganisationId = :organisation "
			+ "or p.insuredOrganisationId = :organisation order by p.id desc")
	Page<InsurancePolicy> involving(long organisation, Pageable page);

	long countByProductId(long productId);
}
