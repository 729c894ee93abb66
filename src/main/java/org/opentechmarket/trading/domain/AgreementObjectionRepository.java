package org.opentechmarket.trading.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementObjectionRepository extends JpaRepository<AgreementObjection, Long> {

	List<AgreementObjection> findByAgreementIdOrderByFiledAtAscIdAsc(long agreementId);

	List<AgreementObjection> findByStatusOrderByFiledAtAscIdAsc(AgreementObjection.Status status);

	boolean existsByAgreementIdAndStatus(long agreementId, AgreementObjection.Status status);
}
