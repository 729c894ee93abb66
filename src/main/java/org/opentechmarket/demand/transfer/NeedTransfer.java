package org.opentechmarket.demand.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opentechmarket.demand.domain.Need;
import org.opentechmarket.demand.domain.NeedContent;
import org.opentechmarket.demand.domain.NeedRules;
import org.opentechmarket.demand.domain.NeedService;
import org.opentechmarket.demand.transfer.ImportReport.RowProblem;
import org.opentechmarket.people.CreditCode;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports and exports needs (administrators only). An import reads and checks every row first and writes all of them in one
 * transaction, or none when any row has a problem (the report names each problem's row and field). Rows carry an external
 * id ({@code zjmarket:D00000} for the market file), so importing the same file again updates instead of duplicating.
 */
@Service
public class NeedTransfer {

	/** The owner of imported listings whose enterprise is not named (the market file names none). */
	public static final String DEFAULT_OWNER_NAME = "中国浙江网上技术市场企业需求（导入）";
	/** A fixed, valid credit code for the default owner (the alphabet has no I, O, Z, S, V). */
	public static final String DEFAULT_OWNER_CREDIT_CODE = CreditCode.complete("91330000MA0JM0002");
	public static final String DEFAULT_REGION = "330000";

	private final NeedService service;
	private final NeedRules rules;
	private final Organisations organisations;
	private final CodeTables codes;
	private final AuditLog audit;
	private final Clock clock;
	private final TransactionTemplate transactions;
	private final ObjectReader reader;
	private final ObjectWriter writer;

	public NeedTransfer(NeedService service, NeedRules rules, Organisations organisations, CodeTables codes, AuditLog audit,
			Clock clock, PlatformTransactionManager transactionManager, JsonMapper json) {
		this.service = service;
		this.rules = rules;
		this.organisations = organisations;
		this.codes = codes;
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.reader = json.readerFor(Map.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
				DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		this.writer = json.writerFor(Map.class);
	}

	private record Row(int number, String externalId, String ownerCreditCode, NeedContent content, LocalDate postedOn) {
	}

	/**
	 * @param ownerCreditCode the enterprise that owns rows naming none; null for the default import owner
	 * @param regionCode the region of market listings (their file has none); null for Zhejiang
	 */
	public ImportReport importData(CurrentUser admin, NeedFormat format, byte[] data, String ownerCreditCode,
			String regionCode) {
		if (admin == null || !admin.isAdmin()) {
			throw DomainException.forbidden();
		}
		List<RowProblem> problems = new ArrayList<>();
		String region = regionCode == null || regionCode.isBlank() ? DEFAULT_REGION : regionCode.strip();
		if (!codes.regions().contains(region)) {
			problems.add(RowProblem.of(0, "region", "need.code.unknown", region));
		}
		OrganisationSummary defaultOwner = null;
		if (ownerCreditCode != null && !ownerCreditCode.isBlank()) {
			defaultOwner = enterprise(ownerCreditCode.strip()).orElse(null);
			if (defaultOwner == null) {
				problems.add(RowProblem.of(0, "ownerCreditCode", "need.import.ownerUnknown", ownerCreditCode.strip()));
			}
		}
		Map<Integer, Map<String, Object>> raw = new LinkedHashMap<>();
		if (format == NeedFormat.XLSX) {
			NeedWorkbooks.Read read = NeedWorkbooks.read(data);
			if (read.fileProblem() != null) {
				problems.add(RowProblem.of(0, "file", read.fileProblem()));
			}
			read.unknownColumns().forEach(c -> problems.add(RowProblem.of(1, c, "need.import.unknownField", c)));
			raw.putAll(read.rows());
		}
		else {
			readLines(data, raw, problems);
		}
		ZjmarketNeeds market = new ZjmarketNeeds(codes, rules.properties().maxValidityDays(), region);
		List<Row> rows = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		Map<String, Optional<OrganisationSummary>> owners = new HashMap<>();
		int skipped = 0;
		for (Map.Entry<Integer, Map<String, Object>> e : raw.entrySet()) {
			int n = e.getKey();
			List<FieldViolation> v = new ArrayList<>();
			Row row;
			if (format == NeedFormat.ZJMARKET) {
				ZjmarketNeeds.Mapped m = market.map(e.getValue());
				v.addAll(m.problems());
				if (m.content() == null && m.problems().isEmpty()) {
					skipped++;
					continue;
				}
				row = new Row(n, m.externalId(), null, m.content(), m.postedOn());
			}
			else {
				NeedRecords.Parsed p = NeedRecords.parse(e.getValue());
				v.addAll(p.problems());
				row = new Row(n, p.externalId(), p.ownerCreditCode(), p.content(), p.postedOn());
				if (p.ownerCreditCode() != null && owners.computeIfAbsent(p.ownerCreditCode(), this::enterprise).isEmpty()) {
					v.add(FieldViolation.of("ownerCreditCode", "need.import.ownerUnknown", p.ownerCreditCode()));
				}
			}
			if (row.content() != null) {
				v.addAll(rules.checkListing(row.content()));
			}
			if (row.externalId() != null) {
				Integer first = seen.putIfAbsent(row.externalId(), n);
				if (first != null) {
					v.add(FieldViolation.of("externalId", "need.import.duplicate", row.externalId(), first));
				}
			}
			v.forEach(x -> problems.add(RowProblem.of(n, x)));
			rows.add(row);
		}
		if (raw.isEmpty() && problems.isEmpty()) {
			problems.add(RowProblem.of(0, "file", "need.import.emptyFile"));
		}
		if (!problems.isEmpty()) {
			return new ImportReport(raw.size(), 0, 0, 0, problems);
		}
		OrganisationSummary fallback = defaultOwner;
		int[] counts = new int[2];
		transactions.executeWithoutResult(status -> {
			OrganisationSummary owner = fallback != null ? fallback
					: organisations.findOrCreateVerified(DEFAULT_OWNER_NAME, DEFAULT_OWNER_CREDIT_CODE,
							OrganisationType.ENTERPRISE, DEFAULT_REGION);
			List<NeedService.Listing> listings = new ArrayList<>(rows.size());
			for (Row row : rows) {
				OrganisationSummary rowOwner = row.ownerCreditCode() == null ? owner
						: owners.get(row.ownerCreditCode()).orElseThrow();
				java.time.Instant postedAt = row.postedOn() == null ? null
						: row.postedOn().atStartOfDay(clock.getZone()).toInstant();
				listings.add(new NeedService.Listing(row.externalId(), row.content(), rowOwner, postedAt));
			}
			NeedService.ImportCounts result = service.importListings(admin, listings);
			counts[0] = result.created();
			counts[1] = result.updated();
			audit.record("need.import", "needs", format.name(),
					rows.size() + " rows: " + counts[0] + " created, " + counts[1] + " updated");
		});
		return new ImportReport(raw.size(), counts[0], counts[1], skipped, List.of());
	}

	/** Every need in the platform's own fields, contact included (administrators only). */
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public void exportData(CurrentUser admin, NeedFormat format, OutputStream out) throws IOException {
		if (format == NeedFormat.ZJMARKET) {
			throw DomainException.invalid("need.export.format");
		}
		List<Map<String, Object>> records = new ArrayList<>();
		Map<Long, String> creditCodes = new HashMap<>();
		for (Need n : service.all(admin)) {
			String code = creditCodes.computeIfAbsent(n.getOwnerOrganisationId(),
					id -> organisations.find(id).map(OrganisationSummary::creditCode).orElse(null));
			String externalId = n.getExternalId() != null ? n.getExternalId() : "otm:" + n.getId();
			LocalDate posted = n.getOpenedAt() == null ? null : LocalDate.ofInstant(n.getOpenedAt(), clock.getZone());
			records.add(NeedRecords.write(externalId, code, n.getOwnerName(), n.getStatus().name(), service.content(n), posted));
		}
		audit.record("need.export", "needs", format.name(), records.size() + " needs");
		if (format == NeedFormat.XLSX) {
			NeedWorkbooks.write(records, out);
			return;
		}
		for (Map<String, Object> r : records) {
			out.write(writer.writeValueAsBytes(r));
			out.write('\n');
		}
		out.flush();
	}

	private Optional<OrganisationSummary> enterprise(String creditCode) {
		return organisations.findByCreditCode(creditCode)
			.filter(o -> o.verified() && o.type() == OrganisationType.ENTERPRISE);
	}

	@SuppressWarnings("unchecked")
	private void readLines(byte[] data, Map<Integer, Map<String, Object>> raw, List<RowProblem> problems) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(data))
				.toString();
		}
		catch (CharacterCodingException e) {
			problems.add(RowProblem.of(0, "file", "need.import.notUtf8"));
			return;
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String[] lines = text.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			try {
				Object value = reader.readValue(lines[i]);
				if (value instanceof Map<?, ?> map) {
					raw.put(i + 1, (Map<String, Object>) map);
				}
				else {
					problems.add(RowProblem.of(i + 1, "line", "need.import.notObject"));
				}
			}
			catch (JacksonException e) {
				problems.add(RowProblem.of(i + 1, "line", "need.import.badJson"));
			}
		}
	}

}
