package org.opentechmarket.finance.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Loans extends JpaRepository<Loan, Long> {

	Page<Loan> findAllByOrderByIdDesc(Pageable page);

	@Query("select l from Loan l where l.lenderOrganisationId = :organisation or l.borrowerOrganisationId = :organisation "
			+ "order by l.id desc")
	Page<Loan> involving(long organisation, Pageable page);
}
