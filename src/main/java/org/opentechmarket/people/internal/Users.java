package org.opentechmarket.people.internal;

import java.util.List;
import java.util.Optional;

import org.opentechmarket.platform.Role;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Users extends JpaRepository<UserAccount, Long> {

	/** One query (organisation and roles joined): every API call without a remembered sign-in reads its user this way. */
	@EntityGraph(attributePaths = { "organisation", "roles" })
	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role")
	boolean existsWithRole(Role role);

	List<UserAccount> findByOrganisationIdOrderByUsername(Long organisationId);

	@Query("select distinct u from UserAccount u join u.roles r where r = :role and u.enabled = true order by u.username")
	List<UserAccount> findEnabledWithRole(Role role);
}
