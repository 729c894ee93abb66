package org.opentechmarket.achievement.review;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;

import org.opentechmarket.evaluation.CollaborationRecords;
import org.opentechmarket.evaluation.PersonRef;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Co-inventors from the registry: people listed as inventors on the same achievement (any version but drafts and withdrawn
 * ones) registered since the date, as the given person (same name and organisation name).
 */
@Component
class AchievementCollaborations implements CollaborationRecords {

	private static final String SQL = """
			select distinct other.name, other.organisation
			  from achievement_inventors me
			  join achievements a on a.id = me.achievement_id
			  join achievement_inventors other on other.achievement_id = me.achievement_id and other.position <> me.position
			 where lower(trim(me.name)) = lower(trim(:name))
			   and lower(trim(me.organisation)) = lower(trim(:organisation))
			   and a.status not in ('DRAFT', 'WITHDRAWN')
			   and coalesce(a.first_submitted_at, a.created_at) >= :since
			""";

	private final NamedParameterJdbcTemplate jdbc;

	AchievementCollaborations(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<PersonRef> coInventorsOf(PersonRef person, LocalDate since) {
		if (person == null || person.name() == null || person.organisationName() == null) {
			return Set.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("name", person.name())
			.addValue("organisation", person.organisationName())
			.addValue("since", Timestamp.from(since.atStartOfDay().toInstant(ZoneOffset.UTC)));
		return new LinkedHashSet<>(jdbc.query(SQL, params, (rs, n) -> new PersonRef(rs.getString(1), rs.getString(2))));
	}
}
