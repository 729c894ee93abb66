package org.opentechmarket.contract.domain;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.opentechmarket.contract.domain.RegistrationPoints.Point;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk work: a registration point's back catalogue from Excel (all rows or none; every row's problems reported) and the
 * national submission set of registered contracts as Excel (columns: {@link ContractWorkbook}).
 */
@Service
public class ContractTransfer {

	private static final EnumSet<ContractStatus> SUBMISSION = EnumSet.of(ContractStatus.REGISTERED, ContractStatus.AMENDED,
			ContractStatus.CANCELLED);

	/** Form field names of violations → worksheet headers, for readable row errors. */
	private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("projectName", "项目名称"),
			Map.entry("type", "合同类型"), Map.entry("subType", "合同子类"), Map.entry("licenceMode", "许可方式"),
			Map.entry("signedOn", "签订日期"), Map.entry("validFrom", "有效期自"), Map.entry("validUntil", "有效期至"),
			Map.entry("sellerName", "卖方名称"), Map.entry("sellerCountry", "卖方国别"), Map.entry("sellerRegion", "卖方地区"),
			Map.entry("sellerNature", "卖方性质"), Map.entry("buyerName", "买方名称"), Map.entry("buyerCountry", "买方国别"),
			Map.entry("buyerRegion", "买方地区"), Map.entry("buyerNature", "买方性质"), Map.entry("technicalField", "技术领域"),
			Map.entry("ipType", "知识产权类型"), Map.entry("planSource", "计划来源"), Map.entry("contractAmount", "成交额"),
			Map.entry("technicalAmount", "技术交易额"), Map.entry("paymentMode", "支付方式"),
			Map.entry("expectedInvestment", "预计新增投资"), Map.entry("expectedOutput", "预计新增产值"));

	private final ContractService service;
	private final Contracts contracts;
	private final ContractNumbers numbers;
	private final RegistrationPoints points;
	private final Organisations organisations;
	private final AuditLog audit;
	private final Clock clock;

	public ContractTransfer(ContractService service, Contracts contracts, ContractNumbers numbers, RegistrationPoints points,
			Organisations organisations, AuditLog audit, Clock clock) {
		this.service = service;
		this.contracts = contracts;
		this.numbers = numbers;
		this.points = points;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	/** A problem in one worksheet row (0: the file as a whole), in the column it concerns. */
	public record RowError(int row, String column, String code, List<Object> args) {

		public Object[] argsArray() {
			return args.toArray();
		}
	}

	public record ImportResult(int imported, List<RowError> errors) {
	}

	private Point pointOf(CurrentUser user) {
		if (!user.has(Role.REGISTRAR)) {
			throw DomainException.forbidden();
		}
		return points.find(user.organisationId()).orElseThrow(DomainException::forbidden);
	}

	/** Registered contracts of a year: the registrar's point's, or every point's for administrators. */
	@Transactional // not read-only: the export is audited (a read-only transaction cannot take an audit id)
	public byte[] export(CurrentUser user, int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		List<Contract> list = user.isAdmin() ? contracts.findByStatusInAndRegisteredOnBetweenOrderByRegistrationNumber(SUBMISSION, from, to)
				: contracts.findByPointOrganisationIdAndStatusInAndRegisteredOnBetweenOrderByRegistrationNumber(
						pointOf(user).organisationId(), SUBMISSION, from, to);
		audit.record("contract.exported", "contract", year, list.size() + " contracts");
		return ContractWorkbook.write(list);
	}

	/** Imports the point's back catalogue: every row is checked; when any row has a problem nothing is imported. */
	@Transactional
	public ImportResult importCatalogue(CurrentUser user, InputStream file) {
		Point point = pointOf(user);
		ContractWorkbook.Sheet1 sheet;
		try {
			sheet = ContractWorkbook.read(file);
		}
		catch (IOException | RuntimeException e) {
			return new ImportResult(0, List.of(new RowError(0, "", "contract.import.unreadable", List.of())));
		}
		List<RowError> errors = new ArrayList<>();
		for (String missing : sheet.missing()) {
			errors.add(new RowError(0, missing, "contract.import.missingColumn", List.of(missing)));
		}
		if (!errors.isEmpty()) {
			return new ImportResult(0, errors);
		}
		if (sheet.rows().isEmpty()) {
			return new ImportResult(0, List.of(new RowError(0, "", "contract.import.empty", List.of())));
		}
		String prefixPart = point.regionCode() + String.format("%02d", point.number());
		LocalDate today = LocalDate.now(clock);
		Set<String> seen = new HashSet<>();
		List<Contract> ready = new ArrayList<>();
		for (ContractWorkbook.SheetRow row : sheet.rows()) {
			List<RowError> rowErrors = new ArrayList<>();
			String number = row.get("登记号");
			if (number == null || !number.matches("\\d{16}")) {
				rowErrors.add(new RowError(row.number(), "登记号", "contract.import.number", List.of()));
			}
			else if (!number.substring(4, 12).equals(prefixPart)) {
				rowErrors.add(new RowError(row.number(), "登记号", "contract.import.numberOfOtherPoint", List.of(prefixPart)));
			}
			else if (!seen.add(number) || contracts.existsByRegistrationNumber(number)) {
				rowErrors.add(new RowError(row.number(), "登记号", "contract.import.duplicate", List.of(number)));
			}
			LocalDate registeredOn = parse(row, "登记日期", ContractWorkbook::date, rowErrors);
			if (registeredOn == null && rowErrors.stream().noneMatch(e -> e.column().equals("登记日期"))) {
				rowErrors.add(new RowError(row.number(), "登记日期", "validation.required", List.of()));
			}
			else if (registeredOn != null && (registeredOn.isAfter(today)
					|| (number != null && number.matches("\\d{16}") && registeredOn.getYear() != Integer.parseInt(number.substring(0, 4))))) {
				rowErrors.add(new RowError(row.number(), "登记日期", "contract.import.registeredOn", List.of()));
			}
			ContractDraft draft = new ContractDraft(row.get("项目名称"),
					parse(row, "合同类型", ContractType::valueOf, rowErrors),
					parse(row, "合同子类", ContractSubType::valueOf, rowErrors),
					parse(row, "许可方式", LicenceMode::valueOf, rowErrors),
					parse(row, "签订日期", ContractWorkbook::date, rowErrors),
					parse(row, "有效期自", ContractWorkbook::date, rowErrors),
					parse(row, "有效期至", ContractWorkbook::date, rowErrors),
					parse(row, "技术领域", TechnicalField::valueOf, rowErrors),
					parse(row, "知识产权类型", IpType::valueOf, rowErrors),
					parse(row, "计划来源", PlanSource::valueOf, rowErrors),
					parse(row, "成交额", BigDecimal::new, rowErrors),
					parse(row, "支付方式", PaymentMode::valueOf, rowErrors),
					parse(row, "预计新增投资", BigDecimal::new, rowErrors),
					parse(row, "预计新增产值", BigDecimal::new, rowErrors),
					"是".equals(row.get("技术进口")), row.get("买方名称"), row.get("买方国别"), row.get("买方地区"),
					row.get("买方性质"), row.get("卖方名称"), row.get("卖方国别"), row.get("卖方地区"), row.get("卖方性质"),
					List.of(), null);
			BigDecimal technical = parse(row, "技术交易额", BigDecimal::new, rowErrors);
			if (technical == null && rowErrors.stream().noneMatch(e -> e.column().equals("技术交易额"))) {
				rowErrors.add(new RowError(row.number(), "技术交易额", "validation.required", List.of()));
			}
			List<FieldViolation> violations = new ArrayList<>();
			Contract.Filing filing = service.validate(null, draft, violations,
					technical == null ? BigDecimal.ZERO : technical);
			for (FieldViolation v : violations) {
				rowErrors.add(new RowError(row.number(), HEADERS.getOrDefault(v.field(), v.field()), v.code(), v.args()));
			}
			if (rowErrors.isEmpty()) {
				Party registrant = filing.terms().isTechnologyImport() ? filing.buyer() : filing.seller();
				Long registrantId = registrant.getOrganisationId();
				String registrantRegion = registrant.getRegionCode() != null ? registrant.getRegionCode() : point.regionCode();
				ready.add(Contract.imported(registrantId, registrantRegion, point.organisationId(), filing, number, registeredOn,
						user.getUsername(), clock));
			}
			errors.addAll(rowErrors);
		}
		if (!errors.isEmpty()) {
			return new ImportResult(0, errors);
		}
		contracts.saveAll(ready);
		for (Contract c : ready) {
			numbers.advancePast(c.getRegistrationNumber());
		}
		audit.record("contract.imported", "contract", point.organisationId(), ready.size() + " contracts");
		return new ImportResult(ready.size(), List.of());
	}

	private static <T> T parse(ContractWorkbook.SheetRow row, String header, Function<String, T> parser, List<RowError> errors) {
		String v = row.get(header);
		if (v == null) {
			return null;
		}
		try {
			return parser.apply(v.replace(",", ""));
		}
		catch (IllegalArgumentException | DateTimeParseException e) {
			errors.add(new RowError(row.number(), header, "contract.import.value", List.of(v)));
			return null;
		}
	}
}
