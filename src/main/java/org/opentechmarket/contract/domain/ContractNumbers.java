package org.opentechmarket.contract.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 登记号: 4-digit year + 6-digit region code of the point + 2-digit point number + 4-digit sequence = 16 digits
 * (domain/contracts.md). The counter is one row per prefix, incremented with an atomic upsert, so concurrent approvals never share
 * a number; the unique index on contracts.registration_number is the second line of defence.
 */
@Component
public class ContractNumbers {

	private final JdbcTemplate jdbc;

	public ContractNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public static String prefix(int year, String regionCode, int pointNumber) {
		if (year < 1000 || year > 9999 || regionCode == null || !regionCode.matches("\\d{6}") || pointNumber < 1
				|| pointNumber > 99) {
			throw new IllegalArgumentException("Bad registration number parts: " + year + "/" + regionCode + "/" + pointNumber);
		}
		return year + regionCode + String.format("%02d", pointNumber);
	}

	public String next(int year, String regionCode, int pointNumber) {
		String prefix = prefix(year, regionCode, pointNumber);
		Integer last = jdbc.queryForObject("""
				insert into contract_number_sequences(prefix, last_value) values (?, 1)
				on conflict (prefix) do update set last_value = contract_number_sequences.last_value + 1
				returning last_value""", Integer.class, prefix);
		if (last > 9999) {
			throw new IllegalStateException("Registration sequence exhausted for " + prefix);
		}
		return prefix + String.format("%04d", last);
	}

	/** After an import of numbers issued elsewhere: the counter continues after the highest imported sequence. */
	public void advancePast(String number) {
		String prefix = number.substring(0, 12);
		int sequence = Integer.parseInt(number.substring(12));
		jdbc.update("insert into contract_number_sequences(prefix, last_value) values (?, ?) on conflict (prefix) do update "
				+ "set last_value = greatest(contract_number_sequences.last_value, excluded.last_value)", prefix, sequence);
	}
}
