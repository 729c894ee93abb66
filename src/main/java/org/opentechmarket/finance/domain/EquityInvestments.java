package org.opentechmarket.finance.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EquityInvestments extends JpaRepository<EquityInvestment, Long> {

	Page<EquityInvestment> findAllByOrderByIdDesc(Pageable page);

	@Query("select i from EquityInvestment i where i.investorOrganisationId = :organisation "
			+ "or i.investeeOrganisationId = :organisation order by i.id desc")
	Page<EquityInvestment> involving(long organisation, Pageable page);
}
