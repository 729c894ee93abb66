package org.opentechmarket.contract.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.opentechmarket.contract.domain.Contract;
import org.opentechmarket.contract.domain.ContractDraft;
import org.opentechmarket.contract.domain.ContractService;
import org.opentechmarket.contract.domain.ContractSubType;
import org.opentechmarket.contract.domain.ContractType;
import org.opentechmarket.contract.domain.CostKind;
import org.opentechmarket.contract.domain.IpType;
import org.opentechmarket.contract.domain.LicenceMode;
import org.opentechmarket.contract.domain.PaymentMode;
import org.opentechmarket.contract.domain.PlanSource;
import org.opentechmarket.contract.domain.TechnicalField;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo contracts: the demo university (之江理工大学, 330106) registers a patent licence and a technology transfer at the demo
 * registration point (杭州市技术合同登记站, 330100), and a development contract waits in the registrar's queue. The verified offline
 * deal of the broker demo (DemoBrokers) is left unregistered, for the "register from a deal" path. Idempotent: runs only while the
 * university has no contract.
 */
@Component
@Order(38)
class DemoContracts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContracts.class);
	private static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.ISO_8859_1);

	private final ContractService contracts;
	private final UserAccounts users;
	private final DemoMode demo;
	private final Environment environment;
	private final TransactionTemplate tx;
	private final Clock clock;

	DemoContracts(ContractService contracts, UserAccounts users, DemoMode demo, Environment environment, TransactionTemplate tx,
			Clock clock) {
		this.contracts = contracts;
		this.users = users;
		this.demo = demo;
		this.environment = environment;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isEnabled() || environment.acceptsProfiles(Profiles.of("cli"))) {
			return;
		}
		CurrentUser seller = users.loadUser("demo-institution").orElse(null);
		CurrentUser registrar = users.loadUser("demo-registrar").orElse(null);
		if (seller == null || registrar == null || !contracts.mine(seller).isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		tx.executeWithoutResult(status -> {
			Contract licence = contracts.submit(seller,
					draft("高强韧铝合金板材轧制工艺专利实施许可", ContractType.LICENSE, ContractSubType.PATENT_LICENSE,
							LicenceMode.EXCLUSIVE, today.minusDays(40), 5, TechnicalField.NEW_MATERIALS, IpType.PATENT,
							"3200000.00", "宁波海曙精密制造有限公司", "330203", "150", null, null,
							List.of(new ContractDraft.CostLine(CostKind.DOCUMENT_COPIES, "工艺文件副本", 2, new BigDecimal("8000")))),
					upload("许可合同.pdf"));
			contracts.approve(registrar, licence.getId());
			Contract transfer = contracts.submit(seller,
					draft("工业机器人视觉定位软件著作权转让", ContractType.TRANSFER, ContractSubType.OTHER_TRANSFER, null,
							today.minusDays(25), 10, TechnicalField.ELECTRONIC_INFORMATION, IpType.SOFTWARE_COPYRIGHT,
							"1500000.00", "杭州云栖智能装备有限公司", "330106", "170", "5000000", "12000000",
							List.of(new ContractDraft.CostLine(CostKind.EQUIPMENT, "工控机", 2, new BigDecimal("60000")))),
					upload("转让合同.pdf"));
			contracts.approve(registrar, transfer.getId());
			contracts.submit(seller,
					draft("海水淡化膜组件中试工艺委托开发", ContractType.DEVELOPMENT, ContractSubType.COMMISSIONED, null,
							today.minusDays(3), 2, TechnicalField.ENVIRONMENT, IpType.NONE, "880000.00", "浙江科创银行（演示）",
							"330100", "110", null, null, List.of()),
					upload("开发合同.pdf"));
			log.info("Demo data: three contracts of 之江理工大学, two registered");
		});
	}

	private static ContractDraft draft(String name, ContractType type, ContractSubType subType, LicenceMode mode, LocalDate signed,
			int years, TechnicalField field, IpType ip, String amount, String buyer, String buyerRegion, String buyerNature,
			String investment, String output, List<ContractDraft.CostLine> costs) {
		return new ContractDraft(name, type, subType, mode, signed, signed, signed.plusYears(years).minusDays(1), field, ip,
				PlanSource.PROVINCIAL, new BigDecimal(amount), PaymentMode.INSTALMENTS,
				investment == null ? null : new BigDecimal(investment), output == null ? null : new BigDecimal(output), false,
				buyer, "CN", buyerRegion, buyerNature, "之江理工大学", "CN", "330106", "022", costs, null);
	}

	private static ContractService.Upload upload(String name) {
		return new ContractService.Upload(name, PDF.length, new ByteArrayInputStream(PDF));
	}
}
