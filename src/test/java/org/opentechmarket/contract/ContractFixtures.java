package org.opentechmarket.contract;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.broker.domain.DealTerms;
import org.opentechmarket.broker.domain.OfflineDeal;
import org.opentechmarket.broker.domain.RecordsService;
import org.opentechmarket.platform.CurrentUser;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Submissions and deals for the contract tests (unique names: all tests share one database). */
public final class ContractFixtures {

	public static final String SELLER = "之江理工大学";

	private ContractFixtures() {
	}

	public static CurrentUser user(UserDetailsService users, String username) {
		return (CurrentUser) users.loadUserByUsername(username);
	}

	/** A verified offline deal of the demo broker with the demo university as seller. */
	public static long verifiedDeal(RecordsService records, UserDetailsService users, String buyer, String amount,
			LocalDate signedOn) {
		CurrentUser broker = user(users, "demo-broker");
		CurrentUser admin = user(users, "admin");
		OfflineDeal d = records.recordDeal(broker, SELLER, buyer, null, signedOn,
				new DealTerms(new BigDecimal(amount), null, new BigDecimal("0.03"), new BigDecimal("100000.00"),
						new BigDecimal("0.06")),
				new RecordsService.Upload("合同.pdf", Registrations.PDF.length, new ByteArrayInputStream(Registrations.PDF)));
		records.decideDeal(admin, d.getId(), true, "已核验");
		return d.getId();
	}

	/** A complete licence submission form from the demo university; callers override params. */
	public static MockMultipartHttpServletRequestBuilder licence(String project, String amount, LocalDate today) {
		return contract(project, amount, today, "LICENSE", "PATENT_LICENSE", SELLER);
	}

	public static MockMultipartHttpServletRequestBuilder contract(String project, String amount, LocalDate today, String type,
			String subType, String seller) {
		return contract(project, amount, today, type, subType, seller, "330106");
	}

	public static MockMultipartHttpServletRequestBuilder contract(String project, String amount, LocalDate today, String type,
			String subType, String seller, String buyerRegion) {
		MockMultipartHttpServletRequestBuilder b = multipart("/contracts")
			.file(new MockMultipartFile("document", "signed.pdf", "application/pdf", Registrations.PDF));
		b.param("projectName", project)
			.param("type", type)
			.param("subType", subType)
			.param("licenceMode", "ORDINARY")
			.param("signedOn", today.minusDays(10).toString())
			.param("validFrom", today.minusDays(10).toString())
			.param("validUntil", today.plusYears(5).toString())
			.param("technicalField", "NEW_MATERIALS")
			.param("ipType", "PATENT")
			.param("planSource", "NONE")
			.param("contractAmount", amount)
			.param("paymentMode", "LUMP_SUM")
			.param("buyerName", "测试买方" + project)
			.param("buyerCountry", "CN")
			.param("buyerRegion", buyerRegion)
			.param("buyerNature", "170")
			.param("sellerName", seller)
			.param("sellerCountry", "CN")
			.param("sellerRegion", "330106")
			.param("sellerNature", "022");
		return b;
	}

	/** Submits and returns the new contract's id. */
	public static long submit(MockMvc mvc, CurrentUser seller, MockMultipartHttpServletRequestBuilder form) throws Exception {
		MvcResult r = mvc.perform(form.with(SecurityMockMvcRequestPostProcessors.user(seller)).with(csrf())).andReturn();
		String location = r.getResponse().getRedirectedUrl();
		if (location == null || !location.matches("/contracts/\\d+")) {
			throw new AssertionError("not submitted: " + location + " " + r.getModelAndView());
		}
		return Long.parseLong(location.substring("/contracts/".length()));
	}
}
