package org.opentechmarket.achievement.web;

import java.util.Collection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.DomainException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The national code tables (GB/T 4754 industries, GB/T 13745 disciplines, GB/T 2260 regions) for forms and scripts. */
@RestController
@Tag(name = "Code tables")
class CodesApiController {

	private final CodeTables codes;

	CodesApiController(CodeTables codes) {
		this.codes = codes;
	}

	@GetMapping(path = "/api/v1/codes/{table}", produces = "application/json")
	@Operation(summary = "All codes of a table: industries, disciplines or regions")
	Collection<CodeTables.Code> table(@PathVariable String table) {
		return switch (table) {
			case "industries" -> codes.industries().all();
			case "disciplines" -> codes.disciplines().all();
			case "regions" -> codes.regions().all();
			default -> throw DomainException.notFound("code.table.unknown", table);
		};
	}
}
