package org.opentechmarket.people.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opentechmarket.platform.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts")
class MeApiController {

	record OrganisationRef(long id, String name, boolean verified) {
	}

	record Me(String username, String displayName, List<String> roles, OrganisationRef organisation) {
	}

	@GetMapping(path = "/api/v1/me", produces = "application/json")
	@Operation(summary = "The authenticated user, roles and organisation")
	Me me(@AuthenticationPrincipal CurrentUser user) {
		return new Me(user.getUsername(), user.displayName(), user.roles().stream().map(Enum::name).sorted().toList(),
				new OrganisationRef(user.organisationId(), user.organisationName(), user.organisationVerified()));
	}
}
