package org.opentechmarket.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.matching.Match;
import org.opentechmarket.matching.MatchExplanation;
import org.opentechmarket.matching.Matcher;
import org.opentechmarket.matching.NeedQuery;
import org.opentechmarket.matching.engine.MatchWeights;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The production matcher: the index follows publications and was filled at start; settings as documented. */
@PlatformTest
class MatchingIT {

	@Autowired
	Matcher matcher;
	@Autowired
	MatchWeights weights;
	@Autowired
	Achievements achievements;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService userDetails;
	@Autowired
	MutableClock clock;
	@Autowired
	AchievementService service;

	@Test
	void aPublishedAchievementIsMatchedAtOnceWithItsReasons() throws Exception {
		CurrentUser institution = (CurrentUser) userDetails.loadUserByUsername("demo-institution");
		String tag = "zq" + Registrations.unique().replaceAll("[^a-z]", "x");
		String title = "钙钛矿柔性叠层组件湿热封装 " + tag;
		long id = Registrations.publish(mvc, institution, Registrations.appliedJson(title, Registrations.patentNumber()), clock,
				service);
		NeedQuery need = new NeedQuery("柔性叠层组件封装 " + tag, "我们需要提高钙钛矿柔性组件在湿热环境下的封装稳定性。", List.of(),
				"396", "52020", "330106", 5, null, new BigDecimal("300"), null);
		List<Match> matches = matcher.match(need, 10);
		assertThat(matches).isNotEmpty();
		Match top = matches.get(0);
		assertThat(top.achievementId()).isEqualTo(id);
		assertThat(top.title()).isEqualTo(title);
		assertThat(top.why().matchedTerms()).contains(tag);
		assertThat(top.why().sharedIndustry()).isEqualTo("396");
		assertThat(top.why().sharedDiscipline()).isEqualTo("52020");
		assertThat(top.why().trlFit()).isEqualTo(MatchExplanation.TrlFit.MEETS);
		assertThat(top.why().priceFit()).isEqualTo(MatchExplanation.PriceFit.WITHIN);
		assertThat(top.why().regionFit()).isEqualTo(MatchExplanation.RegionFit.SAME_CITY);
		// TRL, price and region preferences re-rank but never make a match strong (docs/architecture.md §Matching)
		double preferences = weights.trlWeight() + weights.priceWeight() + weights.regionWeight();
		assertThat(top.strong()).isEqualTo(top.score() - preferences >= matcher.strongMatchThreshold());

		assertThat(matcher.similar(id, 5)).extracting(Match::achievementId).doesNotContain(id);
	}

	@Test
	void theApiMatchesANeedForSignedInUsersOnly() throws Exception {
		CurrentUser institution = (CurrentUser) userDetails.loadUserByUsername("demo-institution");
		String tag = "zq" + Registrations.unique().replaceAll("[^a-z]", "x");
		long id = Registrations.publish(mvc, institution,
				Registrations.appliedJson("海水淡化反渗透膜抗污染涂层 " + tag, Registrations.patentNumber()), clock, service);
		String need = "{\"title\": \"反渗透膜抗污染 " + tag + "\", \"description\": \"海水淡化装置的反渗透膜污染严重，需要抗污染涂层。\"}";
		mvc.perform(post("/api/v1/matching/needs").contentType(MediaType.APPLICATION_JSON).content(need))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/matching/needs").with(httpBasic("demo-enterprise", Registrations.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(need))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.matches[0].achievementId").value(id))
			.andExpect(jsonPath("$.matches[0].why.matchedTerms").isArray())
			.andExpect(jsonPath("$.strongThreshold").value(weights.strongThreshold()));
		mvc.perform(post("/api/v1/matching/needs").with(httpBasic("demo-enterprise", Registrations.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \" \"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/matching/similar/{id}", id).with(httpBasic("demo-enterprise", Registrations.PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/matching/similar/{id}", Long.MAX_VALUE)
				.with(httpBasic("demo-enterprise", Registrations.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDemoCatalogueIsIndexedAtStart() {
		long demo = achievements.publishedProfiles(0, 1000).stream().filter(p -> p.title() != null).count();
		assertThat(demo).isPositive();
		var any = achievements.publishedProfiles(0, 1).get(0);
		List<Match> similar = matcher.match(NeedQuery.ofText(any.title(), any.abstractText()), 5);
		assertThat(similar).extracting(Match::achievementId).contains(any.id());
	}

	@Test
	void configuredWeightsAreTheDocumentedDefaults() {
		MatchWeights defaults = new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("otm.matching",
				MatchWeights.class);
		assertThat(weights).isEqualTo(defaults);
		assertThat(matcher.strongMatchThreshold()).isEqualTo(weights.strongThreshold());
	}
}
