package org.opentechmarket.finance.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.achievement.FinanceableAchievement;
import org.opentechmarket.finance.domain.EquityInvestment;
import org.opentechmarket.finance.domain.EquityInvestments;
import org.opentechmarket.finance.domain.EvidenceFile;
import org.opentechmarket.finance.domain.EvidenceFiles;
import org.opentechmarket.finance.domain.FinanceProperties;
import org.opentechmarket.finance.domain.InsuranceKind;
import org.opentechmarket.finance.domain.InsurancePolicies;
import org.opentechmarket.finance.domain.InsurancePolicy;
import org.opentechmarket.finance.domain.InsuranceProduct;
import org.opentechmarket.finance.domain.InsuranceProducts;
import org.opentechmarket.finance.domain.Loan;
import org.opentechmarket.finance.domain.LoanKind;
import org.opentechmarket.finance.domain.LoanStatus;
import org.opentechmarket.finance.domain.Loans;
import org.opentechmarket.finance.domain.Party;
import org.opentechmarket.finance.domain.RecordType;
import org.opentechmarket.finance.domain.StoredFile;
import org.opentechmarket.finance.domain.ValuationMethod;
import org.opentechmarket.finance.domain.ValuationReport;
import org.opentechmarket.finance.domain.ValuationReports;
import org.opentechmarket.people.CreditCode;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.platform.DemoMode;
import org.opentechmarket.platform.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo finance records (demo mode only, once): valuation reports on two of the demo university's published achievements
 * (one still valid, one expired), an IP pledge loan from 浙江科创银行（演示） to the university pledging the valued one, an
 * insurance product with a policy for a demo enterprise, and an equity investment. Report and evidence files are small
 * generated PDFs kept in the platform's file store.
 */
@Component
@Order(35)
class DemoFinance implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoFinance.class);

	private final DemoMode demo;
	private final Environment environment;
	private final Organisations organisations;
	private final Achievements achievements;
	private final ValuationReports valuations;
	private final Loans loans;
	private final InsuranceProducts products;
	private final InsurancePolicies policies;
	private final EquityInvestments investments;
	private final EvidenceFiles evidence;
	private final FileStore store;
	private final FinanceProperties properties;
	private final TransactionTemplate tx;
	private final Clock clock;

	DemoFinance(DemoMode demo, Environment environment, Organisations organisations, Achievements achievements,
			ValuationReports valuations, Loans loans, InsuranceProducts products, InsurancePolicies policies,
			EquityInvestments investments, EvidenceFiles evidence, FileStore store, FinanceProperties properties,
			TransactionTemplate tx, Clock clock) {
		this.demo = demo;
		this.environment = environment;
		this.organisations = organisations;
		this.achievements = achievements;
		this.valuations = valuations;
		this.loans = loans;
		this.products = products;
		this.policies = policies;
		this.investments = investments;
		this.evidence = evidence;
		this.store = store;
		this.properties = properties;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isEnabled() || environment.acceptsProfiles(Profiles.of("cli"))) {
			return;
		}
		OrganisationSummary bank = organisations.findByCreditCode(CreditCode.complete("91330100MA0000100")).orElse(null);
		OrganisationSummary university = organisations.findByCreditCode(CreditCode.complete("12330000MB0000020")).orElse(null);
		OrganisationSummary enterprise = organisations.findByCreditCode(CreditCode.complete("91330106MA0000050")).orElse(null);
		OrganisationSummary enterprise2 = organisations.findByCreditCode(CreditCode.complete("91330203MA0000060")).orElse(null);
		if (bank == null || university == null || enterprise == null || enterprise2 == null) {
			return;
		}
		tx.executeWithoutResult(s -> {
			// once: the demo bank's first loan marks the finance demo data as present
			if (!loans.involving(bank.id(), PageRequest.of(0, 1)).isEmpty()) {
				return;
			}
			List<FinanceableAchievement> candidates = achievements
				.financeable(new FinanceableAchievement.Criteria(properties.financeable().minimumTrl(), true, null, null, null,
						null), PageRequest.of(0, 100))
				.stream()
				.filter(a -> a.holderOrganisationId() == university.id())
				.limit(2)
				.toList();
			if (candidates.size() < 2) {
				return;
			}
			create(Party.of(bank), Party.of(university), Party.of(enterprise), Party.of(enterprise2), university.id(),
					candidates.get(0), candidates.get(1));
			log.info("Demo data: 2 valuation reports, 1 pledge loan, 1 insurance policy, 1 equity investment");
		});
	}

	private void create(Party bank, Party university, Party enterprise, Party enterprise2, long universityId,
			FinanceableAchievement valued, FinanceableAchievement expired) {
		LocalDate today = LocalDate.now(clock);
		int months = properties.valuation().validityMonths();
		valuations.save(new ValuationReport(valued.id(), valued.title(), universityId, "浙江衡信资产评估有限公司（演示）", null,
				ValuationMethod.INCOME, new BigDecimal("8600000.00"), today.minusMonths(3), months,
				pdf("资产评估报告-" + valued.id() + ".pdf", "Valuation report " + valued.id()), "demo-institution", clock));
		valuations.save(new ValuationReport(expired.id(), expired.title(), universityId, "钱江资产评估事务所（演示）", null,
				ValuationMethod.COST, new BigDecimal("1250000.00"), today.minusMonths(months + 2), months,
				pdf("资产评估报告-" + expired.id() + ".pdf", "Valuation report " + expired.id()), "demo-institution", clock));

		Clock past = Clock.offset(clock, Duration.ofDays(-40));
		Loan loan = new Loan(LoanKind.PLEDGE, bank, university, valued.id(), null, new BigDecimal("5000000.00"), 36,
				new BigDecimal("3.4500"), null, today.minusDays(60), "知识产权质押融资（演示数据）", "demo-financier", past);
		loan.moveTo(LoanStatus.APPROVED, today.minusDays(45), clock);
		loan.moveTo(LoanStatus.DISBURSED, today.minusDays(40), clock);
		loans.save(loan);
		evidence.save(new EvidenceFile(RecordType.LOAN, loan.getId(), pdf("质押登记通知书.pdf", "Pledge registration"),
				"demo-financier", clock));

		InsuranceProduct product = products.save(new InsuranceProduct(bank, InsuranceKind.CONVERSION, "科技成果转化保险（演示）",
				"承保成果转化过程中因技术风险导致的转化失败损失（演示产品）。", "demo-financier", clock));
		InsurancePolicy policy = policies.save(new InsurancePolicy(product, enterprise, expired.id(),
				new BigDecimal("2000000.00"), new BigDecimal("30000.00"), today.minusDays(30), today.plusDays(334),
				"demo-financier", clock));
		evidence.save(new EvidenceFile(RecordType.POLICY, policy.getId(), pdf("保险单.pdf", "Policy"), "demo-financier", clock));

		EquityInvestment investment = investments.save(new EquityInvestment(bank, enterprise2, null,
				new BigDecimal("3000000.00"), new BigDecimal("5.0000"), today.minusDays(20), "投贷联动（演示数据）",
				"demo-financier", clock));
		evidence.save(new EvidenceFile(RecordType.INVESTMENT, investment.getId(), pdf("投资协议.pdf", "Investment"),
				"demo-financier", clock));
	}

	/** A minimal valid one-page PDF with a line of text, stored in the file store. */
	private StoredFile pdf(String fileName, String text) {
		byte[] bytes = minimalPdf(text);
		return new StoredFile(store.store(fileName, bytes.length, new ByteArrayInputStream(bytes)), fileName);
	}

	static byte[] minimalPdf(String text) {
		String stream = "BT /F1 12 Tf 72 720 Td (" + text.replaceAll("[()\\\\]", "") + ") Tj ET";
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		int[] offsets = new int[objects.length];
		for (int i = 0; i < objects.length; i++) {
			offsets[i] = pdf.length();
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}
}
