package org.opentechmarket.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opentechmarket.listing.ListingFixtures.ADMIN;
import static org.opentechmarket.listing.ListingFixtures.ADMIN_PASSWORD;
import static org.opentechmarket.listing.ListingFixtures.DEMO;
import static org.opentechmarket.listing.ListingFixtures.body;
import static org.opentechmarket.listing.ListingFixtures.id;
import static org.opentechmarket.listing.ListingFixtures.read;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.opentechmarket.evaluation.ReviewOutcome;
import org.opentechmarket.evaluation.domain.AssignmentRepository;
import org.opentechmarket.evaluation.domain.AssignmentStatus;
import org.opentechmarket.evaluation.domain.Recommendation;
import org.opentechmarket.evaluation.domain.ReviewAssignment;
import org.opentechmarket.evaluation.domain.ReviewService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.opentechmarket.trading.DealOrigin;
import org.opentechmarket.trading.DealSummary;
import org.opentechmarket.trading.Deals;
import org.opentechmarket.trading.DepositStatus;
import org.opentechmarket.trading.Deposits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Tenders end to end: offers sealed at rest and unreadable by anyone — administrators included — before the opening time;
 * an audited opening; expert panels drawn with recusal; the published price formula; each bidder sees only its own scores;
 * the award and its reasons are public and a trade of an achievement becomes a deal.
 */
@PlatformTest
class TenderFlowIT {

	private static final String PROPOSAL_A = "受让后在宁波工厂建设示范线，十二个月内完成中试，配备专职工艺团队二十人。";
	private static final String PROPOSAL_B = "受让后在温州基地开展应用验证，十八个月内量产，设立联合实验室。";

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService userDetails;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MutableClock clock;
	@Autowired
	Deposits deposits;
	@Autowired
	Deals deals;
	@Autowired
	ReviewService reviews;
	@Autowired
	AssignmentRepository assignments;

	ListingFixtures fx() {
		return new ListingFixtures(userDetails, jdbc, mvc);
	}

	private String tenderJson(String kind, Long achievementId, String method, String priceLimit, String deposit,
			Instant deadline, Instant openingAt) {
		return """
				{"kind": "%s", "title": "%s", "description": "征集受让方报价与实施方案，评分办法与权重见本公告。报价以人民币元计。",
				 "achievementId": %s, "method": %s, "licenceMode": %s, "licenceTerm": %s,
				 "priceLimit": %s, "priceWeight": "50", "criteria": [{"name": "技术方案", "weight": 60}, {"name": "实施计划", "weight": 40}],
				 "passThreshold": "60", "deposit": %s, "deadline": "%s", "openingAt": "%s"}
				""".formatted(kind, "招标测试 " + ListingFixtures.class.hashCode() + "-" + System.nanoTime(),
				achievementId == null ? "null" : achievementId, method == null ? "null" : "\"" + method + "\"",
				method == null ? "null" : "\"ORDINARY\"", method == null ? "null" : "\"3年\"",
				priceLimit == null ? "null" : "\"" + priceLimit + "\"", deposit == null ? "null" : "\"" + deposit + "\"",
				deadline, openingAt);
	}

	private long createTender(String owner, String json) throws Exception {
		MvcResult r = fx().postJson("/api/v1/tenders", owner, DEMO, json);
		assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(201);
		assertThat((String) read(r, "$.status")).isEqualTo("OPEN");
		return id(r);
	}

	private MvcResult offer(long tenderId, String bidder, String price, String proposal) throws Exception {
		return fx().postJson("/api/v1/tenders/" + tenderId + "/offers", bidder, DEMO,
				"{\"price\":\"" + price + "\",\"proposal\":\"" + proposal + "\"}");
	}

	private MvcResult getAs(String path, String username, String password) throws Exception {
		return mvc.perform(get(path).with(httpBasic(username, password))).andReturn();
	}

	private static boolean contains(byte[] haystack, byte[] needle) {
		for (int i = 0; i + needle.length <= haystack.length; i++) {
			if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
				return true;
			}
		}
		return false;
	}

	/** Every panellist of the review accepts and scores every criterion with {@code score}; then the result is published. */
	private void panelScores(long reviewId, int score, long tenderId, long offerId) throws Exception {
		CurrentUser admin = fx().user(ADMIN);
		for (int round = 0; round < 10; round++) {
			List<ReviewAssignment> panel = assignments.findByReviewIdOrderById(reviewId);
			long submitted = panel.stream().filter(a -> a.getStatus() == AssignmentStatus.SUBMITTED).count();
			if (submitted >= 3) {
				break;
			}
			for (ReviewAssignment a : panel) {
				CurrentUser expert = fx().user(a.getUsername());
				if (a.getStatus() == AssignmentStatus.INVITED) {
					try {
						reviews.accept(expert, a.getId(), true);
					}
					catch (DomainException recused) {
						continue; // a conflict found on acceptance: a replacement was drawn
					}
					// a panellist who accepted reads the opened offer it scores
					mvc.perform(get("/api/v1/tenders/{t}/offers/{o}", tenderId, offerId).with(httpBasic(a.getUsername(), DEMO)))
						.andExpect(status().isOk());
					a = assignments.findById(a.getId()).orElseThrow();
				}
				if (a.getStatus() == AssignmentStatus.ACCEPTED) {
					reviews.submit(expert, a.getId(), Map.of("技术方案", score, "实施计划", score), Recommendation.RECOMMEND,
							"方案完整，实施路径清楚。");
				}
			}
		}
		reviews.publish(admin, reviewId, ReviewOutcome.PASSED, "技术方案可行，通过技术评审。");
	}

	@Test
	void sealedOffersAreOpenedOnceScoredByPanelsAndAwardedIntoADeal() throws Exception {
		CurrentUser owner = fx().user("demo-institution");
		long achievement = fx().freeAchievement(owner);
		Instant deadline = clock.instant().plus(Duration.ofDays(21));
		Instant opening = deadline.plus(Duration.ofHours(1));
		long id = createTender("demo-institution", tenderJson("SELL", achievement, "LICENSE", "300000.00", "20000.00",
				deadline, opening));

		MvcResult a = offer(id, "demo-enterprise2", "400000.00", PROPOSAL_A);
		assertThat(a.getResponse().getStatus()).as(body(a)).isEqualTo(201);
		assertThat((String) read(a, "$.status")).isEqualTo("SEALED");
		assertThat((String) read(a, "$.receipt")).hasSize(64);
		assertThat((String) read(a, "$.price")).isNull();
		long offerA = id(a);
		MvcResult b = offer(id, "demo-enterprise3", "350000.00", PROPOSAL_B);
		assertThat(b.getResponse().getStatus()).as(body(b)).isEqualTo(201);
		long offerB = id(b);
		MvcResult c = offer(id, "demo-enterprise", "380000.00", "我方将在杭州建设应用示范，六个月内完成联调。");
		assertThat(c.getResponse().getStatus()).isEqualTo(201);
		// a replaced offer keeps its id and gets a new revision
		MvcResult replaced = offer(id, "demo-enterprise3", "360000.00", PROPOSAL_B);
		assertThat(replaced.getResponse().getStatus()).isEqualTo(200);
		assertThat(id(replaced)).isEqualTo(offerB);
		assertThat((Integer) read(replaced, "$.revision")).isEqualTo(2);
		long depositA = ((Number) read(a, "$.deposit.id")).longValue();
		long depositB = ((Number) read(b, "$.deposit.id")).longValue();
		long depositC = ((Number) read(c, "$.deposit.id")).longValue();
		deposits.confirm(depositA, fx().user(ADMIN), "BANK-A-" + id);
		deposits.confirm(depositB, fx().user(ADMIN), "BANK-B-" + id);

		// at rest: no plaintext, no price
		for (Map<String, Object> row : jdbc.queryForList("select sealed, price from tender_offers where tender_id = ?", id)) {
			byte[] sealed = (byte[]) row.get("sealed");
			assertThat(row.get("price")).isNull();
			assertThat(contains(sealed, "400000".getBytes(StandardCharsets.UTF_8))).isFalse();
			assertThat(contains(sealed, "360000".getBytes(StandardCharsets.UTF_8))).isFalse();
			assertThat(contains(sealed, "宁波工厂".getBytes(StandardCharsets.UTF_8))).isFalse();
			assertThat(contains(sealed, "温州基地".getBytes(StandardCharsets.UTF_8))).isFalse();
		}
		assertThat(fx().auditDetails("tender.offer.submit", "tender", id)).doesNotContain("400000");

		// nobody reads before the opening: administrators and the owner get a clear problem, others "not found"
		for (String[] who : new String[][] { { ADMIN, ADMIN_PASSWORD }, { "demo-institution", DEMO } }) {
			MvcResult list = getAs("/api/v1/tenders/" + id + "/offers", who[0], who[1]);
			assertThat(list.getResponse().getStatus()).as(who[0]).isEqualTo(409);
			assertThat(list.getResponse().getContentType()).contains("application/problem+json");
			assertThat((String) read(list, "$.type")).isEqualTo("urn:opentechmarket:problem:tender.sealed");
			assertThat((String) read(list, "$.detail")).isNotBlank();
			MvcResult one = getAs("/api/v1/tenders/" + id + "/offers/" + offerA, who[0], who[1]);
			assertThat(one.getResponse().getStatus()).as(who[0]).isEqualTo(409);
		}
		assertThat(getAs("/api/v1/tenders/" + id + "/offers/" + offerA, "demo-enterprise2", DEMO).getResponse().getStatus())
			.as("not even the bidder's own").isEqualTo(409);
		assertThat(getAs("/api/v1/tenders/" + id + "/offers/" + offerA, "demo-enterprise3", DEMO).getResponse().getStatus())
			.isEqualTo(404);
		mvc.perform(get("/api/v1/tenders/{id}/offers/{o}", id, offerA)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/tenders/{id}", id)).andExpect(status().isOk()).andExpect(jsonPath("$.opening").doesNotExist());
		assertThat(fx().postJson("/api/v1/tenders/" + id + "/opening", "demo-institution", DEMO, null).getResponse()
			.getStatus()).as("opening before its time").isEqualTo(409);
		assertThat(fx().postJson("/api/v1/tenders/" + id + "/opening", "demo-enterprise2", DEMO, null).getResponse()
			.getStatus()).as("a bidder cannot open").isEqualTo(404);

		// the audited opening
		ListingFixtures.after(clock, opening);
		assertThat(offer(id, "demo-enterprise2", "410000.00", PROPOSAL_A).getResponse().getStatus()).as("too late")
			.isEqualTo(409);
		MvcResult opened = fx().postJson("/api/v1/tenders/" + id + "/opening", "demo-institution", DEMO, null);
		assertThat(opened.getResponse().getStatus()).as(body(opened)).isEqualTo(200);
		assertThat((String) read(opened, "$.status")).isEqualTo("OPENED");
		assertThat((Integer) read(opened, "$.opening.offers")).isEqualTo(3);
		assertThat((Integer) read(opened, "$.opening.validOffers")).isEqualTo(2);
		assertThat((String) read(opened, "$.opening.openedBy")).isEqualTo("demo-institution");
		assertThat(fx().audits("tender.open", "tender", id)).isEqualTo(1);
		assertThat(fx().auditDetails("tender.open", "tender", id)).contains("opened by demo-institution")
			.contains("3 offers, 2 valid");
		assertThat(fx().postJson("/api/v1/tenders/" + id + "/opening", "demo-institution", DEMO, null).getResponse()
			.getStatus()).as("opened once").isEqualTo(409);
		mvc.perform(get("/api/v1/tenders/{id}/offers/mine", id).with(httpBasic("demo-enterprise", DEMO)))
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.rejectReason").value("tender.offer.rejected.deposit"));
		MvcResult content = getAs("/api/v1/tenders/" + id + "/offers/" + offerA, ADMIN, ADMIN_PASSWORD);
		assertThat(content.getResponse().getStatus()).isEqualTo(200);
		assertThat((String) read(content, "$.proposal")).isEqualTo(PROPOSAL_A);
		assertThat((String) read(content, "$.price")).isEqualTo("400000.00");
		assertThat(fx().audits("tender.offer.read", "tender", id)).isGreaterThanOrEqualTo(1);

		// panels with recusal: nobody from the owner's or a bidder's organisation
		MvcResult evaluation = fx().postJson("/api/v1/tenders/" + id + "/evaluation", ADMIN, ADMIN_PASSWORD,
				"{\"panelSize\":3}");
		assertThat(evaluation.getResponse().getStatus()).as(body(evaluation)).isEqualTo(200);
		assertThat((String) read(evaluation, "$.status")).isEqualTo("EVALUATING");
		Map<Long, Long> reviewOf = new LinkedHashMap<>();
		for (Map<String, Object> row : jdbc.queryForList("select id, review_id from tender_offers where tender_id = ? "
				+ "and status = 'VALID'", id)) {
			reviewOf.put(((Number) row.get("id")).longValue(), ((Number) row.get("review_id")).longValue());
		}
		assertThat(reviewOf).containsOnlyKeys(offerA, offerB);
		List<String> panellists = new ArrayList<>();
		reviewOf.values().forEach(r -> assignments.findByReviewIdOrderById(r).forEach(x -> panellists.add(x.getUsername())));
		assertThat(panellists).doesNotContain("demo-expert1", "demo-expert3");
		// a recused expert cannot read the offers
		assertThat(getAs("/api/v1/tenders/" + id + "/offers/" + offerA, "demo-expert1", DEMO).getResponse().getStatus())
			.isEqualTo(404);

		panelScores(reviewOf.get(offerA), 90, id, offerA);
		panelScores(reviewOf.get(offerB), 70, id, offerB);

		// the published formula: highest price 400,000; weight 50 each side
		// A: 400000/400000 × 50 = 50.00 + 90 × 0.5 = 45.00 → 95.00; B: 360000/400000 × 50 = 45.00 + 35.00 → 80.00
		MvcResult ranking = getAs("/api/v1/tenders/" + id + "/ranking", "demo-institution", DEMO);
		assertThat(ranking.getResponse().getStatus()).as(body(ranking)).isEqualTo(200);
		assertThat((List<Object>) read(ranking, "$")).hasSize(2);
		assertThat((Integer) read(ranking, "$[0].id")).isEqualTo((int) offerA);
		assertThat((Double) read(ranking, "$[0].scores.totalScore")).isEqualTo(95.0);
		assertThat((Double) read(ranking, "$[1].scores.totalScore")).isEqualTo(80.0);
		// each bidder sees its own scores, nobody else's
		MvcResult own = getAs("/api/v1/tenders/" + id + "/ranking", "demo-enterprise3", DEMO);
		assertThat((List<Object>) read(own, "$")).hasSize(1);
		assertThat((Integer) read(own, "$[0].id")).isEqualTo((int) offerB);
		mvc.perform(get("/api/v1/tenders/{id}/offers/mine", id).with(httpBasic("demo-enterprise3", DEMO)))
			.andExpect(jsonPath("$.scores.technicalScore").value(70.0))
			.andExpect(jsonPath("$.scores.priceScore").value(45.0))
			.andExpect(jsonPath("$.scores.totalScore").value(80.0))
			.andExpect(jsonPath("$.scores.rank").value(2));
		assertThat(getAs("/api/v1/tenders/" + id + "/offers/" + offerA, "demo-enterprise3", DEMO).getResponse().getStatus())
			.isEqualTo(404);
		MvcResult othersList = getAs("/api/v1/tenders/" + id + "/offers", "demo-enterprise3", DEMO);
		assertThat((List<Integer>) read(othersList, "$[*].id")).containsExactly((int) offerB);

		// the award, public with its reasons, becomes a deal with the winner's deposit applied
		assertThat(fx().postJson("/api/v1/tenders/" + id + "/award", "demo-institution", DEMO, "{\"reasons\":\"\"}")
			.getResponse().getStatus()).isEqualTo(400);
		MvcResult award = fx().postJson("/api/v1/tenders/" + id + "/award", "demo-institution", DEMO,
				"{\"reasons\":\"综合得分第一，报价最高且实施方案完整。\"}");
		assertThat(award.getResponse().getStatus()).as(body(award)).isEqualTo(200);
		mvc.perform(get("/api/v1/tenders/{id}", id))
			.andExpect(jsonPath("$.status").value("AWARDED"))
			.andExpect(jsonPath("$.award.organisation").value("宁波海曙精密制造有限公司"))
			.andExpect(jsonPath("$.award.price").value("400000.00"))
			.andExpect(jsonPath("$.award.totalScore").value(95.0))
			.andExpect(jsonPath("$.award.reasons").value("综合得分第一，报价最高且实施方案完整。"));
		DealSummary deal = deals.findByOrigin(DealOrigin.TENDER, id).orElseThrow();
		assertThat(deal.price()).isEqualByComparingTo("400000.00");
		assertThat(deal.achievementId()).isEqualTo(achievement);
		assertThat(deal.buyerOrganisationId()).isEqualTo(fx().user("demo-enterprise2").organisationId());
		assertThat(deposits.find(depositA).orElseThrow().status()).isEqualTo(DepositStatus.APPLIED);
		assertThat(deposits.find(depositB).orElseThrow().status()).isEqualTo(DepositStatus.RELEASED);
		assertThat(deposits.find(depositC).orElseThrow().status()).isEqualTo(DepositStatus.RELEASED);
		mvc.perform(get("/tenders/{id}", id)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("综合得分第一")));
		assertThat(fx().audits("tender.award", "tender", id)).isEqualTo(1);
	}

	@Test
	void attachmentsAreSealedUntilTheOpeningToo() throws Exception {
		Instant deadline = clock.instant().plus(Duration.ofDays(20)).plus(Duration.ofHours(2));
		long id = createTender("demo-enterprise", tenderJson("BUY", null, null, "900000.00", null, deadline, deadline));
		MvcResult o = offer(id, "demo-institution2", "700000.00", "我院提供新型复合材料焊接接头检测方案，含现场试验。");
		assertThat(o.getResponse().getStatus()).as(body(o)).isEqualTo(201);
		long offerId = id(o);
		byte[] pdf = ("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Title (焊缝检测方案) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.UTF_8);
		MvcResult file = mvc.perform(multipart("/api/v1/tenders/{id}/offers/mine/attachments", id)
				.file(new MockMultipartFile("file", "技术方案.pdf", "application/pdf", pdf))
				.with(httpBasic("demo-institution2", DEMO))).andReturn();
		assertThat(file.getResponse().getStatus()).as(body(file)).isEqualTo(201);
		long fileId = id(file);
		MvcResult notPdf = mvc.perform(multipart("/api/v1/tenders/{id}/offers/mine/attachments", id)
				.file(new MockMultipartFile("file", "x.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)))
				.with(httpBasic("demo-institution2", DEMO))).andReturn();
		assertThat(notPdf.getResponse().getStatus()).isEqualTo(400);
		Map<String, Object> row = jdbc.queryForMap("select sealed, sealed_name from tender_offer_files where id = ?", fileId);
		assertThat(contains((byte[]) row.get("sealed"), "%PDF".getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(contains((byte[]) row.get("sealed_name"), "技术方案".getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(getAs("/api/v1/tenders/" + id + "/files/" + fileId, "demo-enterprise", DEMO).getResponse().getStatus())
			.isEqualTo(409);
		assertThat(getAs("/api/v1/tenders/" + id + "/files/" + fileId, "demo-enterprise2", DEMO).getResponse().getStatus())
			.isEqualTo(404);

		ListingFixtures.after(clock, deadline);
		assertThat(fx().postJson("/api/v1/tenders/" + id + "/opening", ADMIN, ADMIN_PASSWORD, null).getResponse()
			.getStatus()).isEqualTo(200);
		MvcResult download = getAs("/api/v1/tenders/" + id + "/files/" + fileId, "demo-enterprise", DEMO);
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		assertThat(fx().auditDetails("tender.open", "tender", id)).contains("opened by admin").contains("1 offers, 1 valid");
		mvc.perform(get("/api/v1/tenders/{id}/offers/{o}", id, offerId).with(httpBasic("demo-enterprise", DEMO)))
			.andExpect(jsonPath("$.files[0].name").value("技术方案.pdf"));
	}

	@Test
	void withdrawnOffersStayWithdrawnAndTheOwnerMayCancelBeforeTheDeadline() throws Exception {
		Instant deadline = clock.instant().plus(Duration.ofDays(22));
		long id = createTender("demo-enterprise", tenderJson("BUY", null, null, null, "10000.00", deadline, deadline));
		MvcResult o = offer(id, "demo-institution", "500000.00", "我校团队提供视觉检测整体方案，含算法与硬件选型。");
		long depositId = ((Number) read(o, "$.deposit.id")).longValue();
		MvcResult withdrawn = fx().postJson("/api/v1/tenders/" + id + "/offers/mine/withdraw", "demo-institution", DEMO, null);
		assertThat((String) read(withdrawn, "$.status")).isEqualTo("WITHDRAWN");
		assertThat(deposits.find(depositId).orElseThrow().status()).isEqualTo(DepositStatus.RELEASED);
		assertThat(offer(id, "demo-institution", "450000.00", "我校团队提供视觉检测整体方案，含算法与硬件选型。").getResponse()
			.getStatus()).isEqualTo(409);
		MvcResult other = offer(id, "demo-institution2", "480000.00", "我院提供在线检测方案，含现场联调与培训。");
		long otherDeposit = ((Number) read(other, "$.deposit.id")).longValue();
		// the owner may not bid in its own tender, and only the owner's side cancels
		assertThat(offer(id, "demo-enterprise", "1.00", "自己投自己的标，应当被拒绝的投标文件。").getResponse().getStatus())
			.isEqualTo(403);
		assertThat(fx().postJson("/api/v1/tenders/" + id + "/cancellation", "demo-institution2", DEMO,
				"{\"reasons\":\"x\"}").getResponse().getStatus()).isEqualTo(404);
		MvcResult cancelled = fx().postJson("/api/v1/tenders/" + id + "/cancellation", "demo-enterprise", DEMO,
				"{\"reasons\":\"需求变更，暂停采购。\"}");
		assertThat(cancelled.getResponse().getStatus()).as(body(cancelled)).isEqualTo(200);
		assertThat((String) read(cancelled, "$.status")).isEqualTo("CANCELLED");
		assertThat((String) read(cancelled, "$.reasons")).isEqualTo("需求变更，暂停采购。");
		assertThat(deposits.find(otherDeposit).orElseThrow().status()).isEqualTo(DepositStatus.RELEASED);
		assertThat(fx().audits("tender.cancel", "tender", id)).isEqualTo(1);
	}

	@Test
	void aTenderWithoutOffersFailsAtTheOpeningAndBadRulesAreRefusedFieldByField() throws Exception {
		Instant deadline = clock.instant().plus(Duration.ofDays(21));
		long id = createTender("demo-enterprise", tenderJson("BUY", null, null, null, null, deadline, deadline));
		ListingFixtures.after(clock, deadline);
		MvcResult opened = fx().postJson("/api/v1/tenders/" + id + "/opening", "demo-enterprise", DEMO, null);
		assertThat((String) read(opened, "$.status")).isEqualTo("FAILED");
		assertThat((Integer) read(opened, "$.opening.offers")).isZero();

		MvcResult invalid = fx().postJson("/api/v1/tenders", "demo-enterprise", DEMO, tenderJson("BUY", null, null, null,
				null, clock.instant().plus(Duration.ofDays(3)), clock.instant().plus(Duration.ofDays(2)))
			.replace("\"priceWeight\": \"50\"", "\"priceWeight\": \"120\""));
		assertThat(invalid.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(invalid)).contains("\"field\":\"deadline\"").contains("\"field\":\"openingAt\"")
			.contains("\"field\":\"priceWeight\"");
		MvcResult sellWithoutAchievement = fx().postJson("/api/v1/tenders", "demo-enterprise", DEMO,
				tenderJson("SELL", null, "TRANSFER", null, null, clock.instant().plus(Duration.ofDays(30)),
						clock.instant().plus(Duration.ofDays(30))));
		assertThat(body(sellWithoutAchievement)).contains("\"field\":\"achievementId\"");
		mvc.perform(get("/tenders")).andExpect(status().isOk());
		mvc.perform(get("/tenders/{id}", id)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("opening-record")));
	}

	@Test
	void theTenderPagesTakeFormsWithErrorsNextToTheFields() throws Exception {
		CurrentUser owner = fx().user("demo-enterprise2");
		mvc.perform(get("/tenders/new").with(user(owner))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("tender-form")));
		java.time.LocalDateTime soon = java.time.LocalDateTime.now(clock).plusDays(2).withSecond(0).withNano(0);
		mvc.perform(post("/tenders").with(user(owner)).with(csrf())
				.param("kind", "BUY").param("title", "短").param("description", "太短")
				.param("priceWeight", "30").param("criteria[0].name", "技术方案").param("criteria[0].weight", "-1")
				.param("deadline", soon.toString()).param("openingAt", soon.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("is-invalid")))
			.andExpect(content().string(Matchers.containsString("id=\"deadline\"")));
		java.time.LocalDateTime later = java.time.LocalDateTime.now(clock).plusDays(25).withHour(10).withMinute(0)
			.withSecond(0).withNano(0);
		MvcResult created = mvc.perform(post("/tenders").with(user(owner)).with(csrf())
				.param("kind", "BUY").param("title", "精密轴类零件表面缺陷检测方案征集 " + System.nanoTime())
				.param("description", "征集可检出 0.05 mm 以上缺陷、节拍不低于每分钟 60 件的在线视觉检测方案。")
				.param("priceWeight", "30").param("criteria[0].name", "技术方案").param("criteria[0].weight", "70")
				.param("criteria[1].name", "实施计划").param("criteria[1].weight", "30")
				.param("deadline", later.toString()).param("openingAt", later.toString()))
			.andExpect(status().is3xxRedirection()).andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).matches("/tenders/[0-9]+");
		CurrentUser bidder = fx().user("demo-institution");
		mvc.perform(get(location).with(user(bidder))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("offer-form")));
		mvc.perform(post(location + "/offers").with(user(bidder)).with(csrf()).param("price", "0").param("proposal", "短"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("is-invalid")));
		mvc.perform(post(location + "/offers").with(user(bidder)).with(csrf()).param("price", "420000")
				.param("proposal", "结构光传感器与深度学习相结合的在线检测方案，三个月完成样机。"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(location).with(user(bidder))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("own-offer-receipt")));
		mvc.perform(get(location).with(user(owner))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("open-tender"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("420000"))));
		mvc.perform(get(location + "/offers").with(user(owner))).andExpect(status().isConflict());
		mvc.perform(get("/my/tenders").with(user(bidder))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("精密轴类零件表面缺陷检测方案征集")));
	}
}
