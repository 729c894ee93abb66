package org.opentechmarket.achievement.transfer;

import java.nio.charset.CharacterCodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.opentechmarket.achievement.AchievementPublished;
import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.domain.Achievement;
import org.opentechmarket.achievement.domain.AchievementContent;
import org.opentechmarket.achievement.domain.AchievementRepository;
import org.opentechmarket.achievement.domain.AchievementRules;
import org.opentechmarket.achievement.domain.RegistrationNumbers;
import org.opentechmarket.people.CreditCode;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.FieldViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports achievements all or nothing. First every row is read, normalised and checked (the form's rules, the database's
 * limits, the holder, identities within the file and against the database), collecting every row's errors; if any row has
 * one, nothing is written and the job carries the row-level report. Only then is everything written in one transaction,
 * flushed and cleared every {@value #BATCH} rows. Each flushed batch goes to the search index at once, so the index writers
 * work while the database is still being written; the last batch waits until the index has committed them all, so what
 * was imported is searchable when the import returns. Should the transaction fail after that, the index is put back as
 * the database is (the created rows are purged, the updated ones indexed again).
 *
 * <p>Idempotent: a row whose external id (else registration number) matches an imported listing replaces that listing's
 * content in place ({@link Achievement#replaceImportedContent}). A row matching an achievement registered on the platform
 * itself is skipped when its content is the same and refused when it differs (such changes go through a revision). Rows
 * matching a withdrawn listing, or a listing since revised on the platform, are skipped. In review mode, a row matching a
 * draft of the same holder with the same title updates that draft.
 */
@Component
class AchievementImporter {

	private static final Logger log = LoggerFactory.getLogger(AchievementImporter.class);

	static final int BATCH = 500;
	private static final int LOOKUP_CHUNK = 1000;
	private static final Pattern REGISTRATION_NUMBER = Pattern.compile("\\d{7}[YJR]\\d{4}");

	/** Form field names the rules report → the exchange fields. */
	private static final Map<String, String> RULE_FIELDS = Map.of("keywordsText", "keywords", "completingOrganisationsText",
			"completingOrganisations");
	/** Exchange fields → the market listing's own fields, for a report the market's file can be checked against. */
	private static final Map<String, String> ZJMARKET_FIELDS = Map.of("externalId", "id", "abstractText", "description",
			"marketField", "industry", "industryCode", "classification", "trl", "maturity", "stage", "maturity", "priceMin",
			"price", "priceMax", "price", "applicationFields", "scope", "conversionMethods", "cooperation");

	enum Action {
		CREATE, UPDATE, SKIP
	}

	/** What to do with one valid row. */
	static final class Plan {

		final ParsedRow row;
		final TransferRecord record;
		/** The row's own holder, or null for the import's holder. */
		final OrganisationSummary owner;
		Action action = Action.CREATE;
		Long targetId;
		String registrationNumber;

		Plan(ParsedRow row, OrganisationSummary owner) {
			this.row = row;
			this.record = row.record();
			this.owner = owner;
		}
	}

	/** The holder of rows that name none. */
	record Holder(String name, String creditCode, OrganisationSummary existing) {
	}

	record Identity(long id, String externalId, String registrationNumber, AchievementStatus status, String lineage) {

		static Identity of(Object[] row) {
			return new Identity((Long) row[0], (String) row[1], (String) row[2], (AchievementStatus) row[3], (String) row[4]);
		}
	}

	record Outcome(int created, int updated, int skipped) {
	}

	private final AchievementRepository achievements;
	private final AchievementRules rules;
	private final RegistrationNumbers numbers;
	private final Organisations organisations;
	private final CodeTables codes;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final EntityManager entityManager;
	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final TransactionTemplate writeTx;
	private final TransactionTemplate readTx;
	private final JsonlCodec jsonl;
	private final XlsxCodec xlsx = new XlsxCodec();
	private final ZjmarketMapper zjmarket;

	AchievementImporter(AchievementRepository achievements, AchievementRules rules, RegistrationNumbers numbers,
			Organisations organisations, CodeTables codes, AuditLog audit, ApplicationEventPublisher events,
			EntityManager entityManager, JdbcTemplate jdbc, PlatformTransactionManager transactions, JsonMapper json,
			Clock clock) {
		this.achievements = achievements;
		this.rules = rules;
		this.numbers = numbers;
		this.organisations = organisations;
		this.codes = codes;
		this.audit = audit;
		this.events = events;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.clock = clock;
		this.writeTx = new TransactionTemplate(transactions);
		this.readTx = new TransactionTemplate(transactions);
		this.readTx.setReadOnly(true);
		this.jsonl = new JsonlCodec(json);
		this.zjmarket = new ZjmarketMapper(codes);
	}

	/** Runs one import to its end. Never throws: the outcome, a row-level report or a failure, is in the job. */
	void run(ImportJob job, ImportRequest request, byte[] data, CurrentUser user) {
		job.start();
		try {
			List<RowError> requestErrors = new ArrayList<>();
			Holder holder = holder(request, requestErrors);
			if (!request.regionCode().matches("\\d{6}") || !codes.regions().contains(request.regionCode())) {
				requestErrors.add(RowError.of(0, "region", "code.region.unknown", request.regionCode()));
			}
			if (!requestErrors.isEmpty()) {
				job.reject(requestErrors);
				return;
			}
			long t0 = System.nanoTime();
			List<RowError> fileErrors = new ArrayList<>();
			List<ParsedRow> rows = parse(request, data, fileErrors);
			long t1 = System.nanoTime();
			if (fileErrors.isEmpty() && rows.isEmpty()) {
				fileErrors.add(RowError.of(0, "file", "transfer.file.empty"));
			}
			if (!fileErrors.isEmpty()) {
				job.reject(fileErrors);
				return;
			}
			job.rows(rows.size());
			List<Plan> plans = validate(rows, request, holder, job);
			long t2 = System.nanoTime();
			List<RowError> errors = rows.stream()
				.flatMap(r -> r.errors().stream())
				.map(e -> request.format() == TransferFormat.ZJMARKET ? zjmarketField(e) : e)
				.sorted(Comparator.comparingInt(RowError::row))
				.toList();
			if (!errors.isEmpty()) {
				job.reject(errors);
				log.info("Import {} of {} rejected: {} errors in {} rows, nothing written", job.id(), request.fileName(),
						errors.size(), errors.stream().map(RowError::row).distinct().count());
				return;
			}
			Outcome outcome = write(plans, request, holder, user, job);
			long t3 = System.nanoTime();
			job.succeed(outcome.created(), outcome.updated(), outcome.skipped());
			log.info("Import {} of {} ({} rows): {} created, {} updated, {} skipped in {} s "
					+ "(read {} ms, check {} ms, write and index {} ms)", job.id(), request.fileName(), rows.size(),
					outcome.created(), outcome.updated(), outcome.skipped(), String.format(Locale.ROOT, "%.2f", job.seconds()),
					(t1 - t0) / 1_000_000,
					(t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
		}
		catch (RuntimeException e) {
			job.fail(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
			log.error("Import {} of {} failed, nothing written", job.id(), request.fileName(), e);
		}
		catch (Error e) {
			// e.g. out of memory: the transaction is rolled back; the job must not look as if it were still running
			job.fail(e.getClass().getSimpleName());
			throw e;
		}
	}

	// ------------------------------------------------------------------ reading

	private List<ParsedRow> parse(ImportRequest request, byte[] data, List<RowError> fileErrors) {
		boolean zip = data.length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4;
		if (request.format() == TransferFormat.XLSX) {
			XlsxCodec.Read read = xlsx.read(data);
			fileErrors.addAll(read.fileErrors());
			return read.rows();
		}
		if (zip) {
			fileErrors.add(RowError.of(0, "file", "transfer.file.wrongFormat", request.format().key()));
			return List.of();
		}
		List<JsonlCodec.Line> lines;
		try {
			lines = JsonlCodec.lines(data);
		}
		catch (CharacterCodingException e) {
			fileErrors.add(RowError.of(0, "file", "transfer.file.encoding"));
			return List.of();
		}
		List<ParsedRow> rows = new ArrayList<>(lines.size());
		for (JsonlCodec.Line line : lines) {
			if (request.format() == TransferFormat.JSONL) {
				rows.add(jsonl.record(line));
			}
			else {
				Object listing = jsonl.listing(line);
				if (listing instanceof RowError error) {
					rows.add(new ParsedRow(line.number(), null, List.of(error)));
				}
				else {
					ZjmarketMapper.Mapped mapped = zjmarket.map(line.number(), (ZjmarketMapper.Listing) listing,
							request.regionCode());
					rows.add(new ParsedRow(line.number(), mapped.record(), mapped.errors()));
				}
			}
		}
		return rows;
	}

	// ------------------------------------------------------------------ checking

	private Holder holder(ImportRequest request, List<RowError> errors) {
		if (request.holderCreditCode() != null) {
			String code = request.holderCreditCode();
			if (!CreditCode.isValid(code)) {
				errors.add(RowError.of(0, "holderCreditCode", "organisation.creditCode.invalid", code));
				return null;
			}
			OrganisationSummary existing = organisations.findByCreditCode(code).orElse(null);
			String name = request.holderName() != null ? request.holderName()
					: existing != null ? existing.name()
					: code.equals(ImportRequest.DEFAULT_HOLDER_CREDIT_CODE) ? ImportRequest.DEFAULT_HOLDER_NAME : null;
			if (name == null) {
				errors.add(RowError.of(0, "holderName", "transfer.holder.nameRequired", code));
			}
			else if (name.length() > 200) {
				errors.add(RowError.of(0, "holderName", "validation.size.max", 200));
			}
			return new Holder(name, code, existing);
		}
		if (request.holderName() != null) {
			Optional<OrganisationSummary> existing = organisations.findByName(request.holderName());
			if (existing.isEmpty()) {
				errors.add(RowError.of(0, "holderCreditCode", "transfer.holder.creditCodeRequired", request.holderName()));
				return null;
			}
			return new Holder(existing.get().name(), existing.get().creditCode(), existing.get());
		}
		return new Holder(ImportRequest.DEFAULT_HOLDER_NAME, ImportRequest.DEFAULT_HOLDER_CREDIT_CODE,
				organisations.findByCreditCode(ImportRequest.DEFAULT_HOLDER_CREDIT_CODE).orElse(null));
	}

	private List<Plan> validate(List<ParsedRow> rows, ImportRequest request, Holder holder, ImportJob job) {
		Map<String, Optional<OrganisationSummary>> owners = new HashMap<>();
		Map<String, Integer> externalIds = new HashMap<>();
		Map<String, Integer> registrationNumbers = new HashMap<>();
		List<Plan> plans = new ArrayList<>(rows.size());
		for (ParsedRow row : rows) {
			TransferRecord r = row.record();
			if (r != null) {
				r.normalised();
				if (r.getRegionCode() == null) {
					r.setRegionCode(request.regionCode());
				}
				List<String> unreadable = row.errors().stream().map(RowError::field).distinct().toList();
				List<FieldViolation> violations = request.review() ? rules.checkRegistration(r) : rules.checkListing(r);
				for (FieldViolation v : violations) {
					String field = RULE_FIELDS.getOrDefault(v.field(), v.field());
					// a value that could not be read is reported once, not again as missing
					if (!unreadable.contains(field)) {
						row.errors().add(new RowError(row.row(), field, v.code(), v.args()));
					}
				}
				storage(row, r);
				OrganisationSummary owner = null;
				if (r.getHolderCreditCode() != null) {
					if (!CreditCode.isValid(r.getHolderCreditCode())) {
						row.error("holderCreditCode", "organisation.creditCode.invalid", r.getHolderCreditCode());
					}
					else {
						owner = owners.computeIfAbsent(r.getHolderCreditCode(), organisations::findByCreditCode).orElse(null);
						if (owner == null) {
							row.error("holderCreditCode", "transfer.holder.unknown", r.getHolderCreditCode());
						}
					}
				}
				if (r.getRegistrationNumber() != null && !REGISTRATION_NUMBER.matcher(r.getRegistrationNumber()).matches()) {
					row.error("registrationNumber", "transfer.registrationNumber.format", r.getRegistrationNumber());
				}
				if (!request.review()) {
					once(externalIds, r.getExternalId(), row, "externalId");
					once(registrationNumbers, r.getRegistrationNumber(), row, "registrationNumber");
				}
				plans.add(new Plan(row, owner));
			}
			job.validated(1);
		}
		// rows with errors already are reported as they are; every other row is checked against the database too
		List<Plan> valid = plans.stream().filter(p -> p.row.errors().isEmpty()).toList();
		if (request.review()) {
			resolveDrafts(valid, holder);
		}
		else {
			resolveListings(valid);
		}
		return plans;
	}

	/** The exchange's own limit; everything the registration form holds is checked by {@link AchievementRules}. */
	private static void storage(ParsedRow row, TransferRecord r) {
		max(row, "externalId", r.getExternalId(), 80);
	}

	private static void max(ParsedRow row, String field, String value, int max) {
		if (value != null && value.length() > max) {
			add(row, field, "validation.size.max", max);
		}
	}

	private static void add(ParsedRow row, String field, String code, Object... args) {
		if (!row.hasErrorOn(field)) {
			row.error(field, code, args);
		}
	}

	private static void once(Map<String, Integer> seen, String value, ParsedRow row, String field) {
		if (value == null) {
			return;
		}
		Integer first = seen.putIfAbsent(value, row.row());
		if (first != null) {
			row.error(field, "transfer.row.duplicateInFile", value, first);
		}
	}

	/** Listing mode: which rows create, update or leave an achievement, by external id, else registration number. */
	private void resolveListings(List<Plan> plans) {
		Map<String, List<Identity>> byExternalId = new HashMap<>();
		lookup(plans.stream().map(p -> p.record.getExternalId()).filter(x -> x != null).toList(),
				achievements::findIdentitiesByExternalIds)
			.forEach(i -> byExternalId.computeIfAbsent(i.externalId(), k -> new ArrayList<>()).add(i));
		Map<String, Identity> byNumber = new HashMap<>();
		lookup(plans.stream().map(p -> p.record.getRegistrationNumber()).filter(x -> x != null).toList(),
				achievements::findIdentitiesByRegistrationNumbers)
			.forEach(i -> byNumber.put(i.registrationNumber(), i));
		Map<Long, Plan> platformOwn = new LinkedHashMap<>();
		for (Plan p : plans) {
			String externalId = p.record.getExternalId();
			String number = p.record.getRegistrationNumber();
			List<Identity> versions = externalId == null ? List.of() : byExternalId.getOrDefault(externalId, List.of());
			Identity live = versions.stream().filter(i -> i.status() != AchievementStatus.SUPERSEDED).findFirst().orElse(null);
			Identity numbered = number == null ? null : byNumber.get(number);
			if (!versions.isEmpty() && live == null) {
				// the listing was revised on the platform: its current version is the platform's own
				p.action = Action.SKIP;
				continue;
			}
			if (live != null && numbered != null && live.id() != numbered.id()) {
				p.row.error("registrationNumber", "transfer.identity.conflict", number, externalId);
				continue;
			}
			if (live == null && numbered != null && numbered.externalId() != null && externalId != null) {
				p.row.error("registrationNumber", "transfer.identity.conflict", number, externalId);
				continue;
			}
			Identity target = live != null ? live : numbered;
			if (target == null) {
				p.action = Action.CREATE;
				p.registrationNumber = number;
			}
			else if (number != null && target.registrationNumber() != null && !number.equals(target.registrationNumber())) {
				p.row.error("registrationNumber", "transfer.registrationNumber.mismatch", target.registrationNumber());
			}
			else if (!target.status().isPublic()) {
				p.action = Action.SKIP;
			}
			else if (target.externalId() == null) {
				p.action = Action.SKIP;
				p.targetId = target.id();
				platformOwn.put(target.id(), p);
			}
			else {
				p.action = Action.UPDATE;
				p.targetId = target.id();
			}
		}
		comparePlatformOwn(platformOwn);
	}

	/** Achievements registered on the platform are never overwritten by an import: same content is skipped, else refused. */
	private void comparePlatformOwn(Map<Long, Plan> plans) {
		List<Long> ids = new ArrayList<>(plans.keySet());
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
			readTx.executeWithoutResult(status -> {
				for (Achievement a : achievements.findAllById(chunk)) {
					Plan p = plans.get(a.getId());
					if (!Columns.content(TransferRecord.of(a.content())).equals(Columns.content(asStored(p.record)))) {
						p.row.error("registrationNumber", "transfer.registrationNumber.platformOwn", a.getRegistrationNumber());
					}
				}
				entityManager.clear();
			});
		}
	}

	/** The content as {@link Achievement} keeps it (a price is either negotiable or has a minimum). */
	private static TransferRecord asStored(TransferRecord r) {
		TransferRecord copy = TransferRecord.of(r);
		boolean negotiable = r.isPriceNegotiable() || r.getPriceMin() == null;
		copy.setPriceNegotiable(negotiable);
		copy.setPriceMin(negotiable ? null : r.getPriceMin());
		copy.setPriceMax(negotiable ? null : r.getPriceMax());
		copy.setClassified(false);
		return copy;
	}

	/** Review mode: a row updates its holder's draft of the same title, else creates a draft. */
	private void resolveDrafts(List<Plan> plans, Holder holder) {
		List<Long> holders = new ArrayList<>();
		plans.stream().filter(p -> p.owner != null).map(p -> p.owner.id()).distinct().forEach(holders::add);
		if (holder.existing() != null) {
			holders.add(holder.existing().id());
		}
		Map<String, Long> drafts = new HashMap<>();
		if (!holders.isEmpty()) {
			for (Object[] d : achievements.findDraftTitles(holders)) {
				drafts.putIfAbsent(draftKey((Long) d[1], (String) d[2]), (Long) d[0]);
			}
		}
		Map<String, Integer> seen = new HashMap<>();
		for (Plan p : plans) {
			Long owner = p.owner != null ? Long.valueOf(p.owner.id())
					: holder.existing() != null ? Long.valueOf(holder.existing().id()) : null;
			String key = draftKey(owner == null ? -1 : owner, p.record.getTitle());
			Integer first = seen.putIfAbsent(key, p.row.row());
			if (first != null) {
				p.row.error("title", "transfer.row.duplicateInFile", p.record.getTitle(), first);
				continue;
			}
			Long draft = owner == null ? null : drafts.get(key);
			p.action = draft == null ? Action.CREATE : Action.UPDATE;
			p.targetId = draft;
		}
	}

	private static String draftKey(long holder, String title) {
		return holder + "\u0000" + (title == null ? "" : title.toLowerCase(Locale.ROOT));
	}

	private static List<Identity> lookup(List<String> keys, Function<Collection<String>, List<Object[]>> query) {
		List<Identity> found = new ArrayList<>();
		List<String> distinct = keys.stream().distinct().toList();
		for (int from = 0; from < distinct.size(); from += LOOKUP_CHUNK) {
			query.apply(distinct.subList(from, Math.min(distinct.size(), from + LOOKUP_CHUNK)))
				.forEach(row -> found.add(Identity.of(row)));
		}
		return found;
	}

	private static RowError zjmarketField(RowError e) {
		String field = ZJMARKET_FIELDS.get(e.field());
		return field == null ? e : new RowError(e.row(), field, e.code(), e.args());
	}

	// ------------------------------------------------------------------ writing

	/**
	 * Writes every row in one transaction. To keep the index writers busy while the database is written, each flushed
	 * batch is handed to the index at once (asynchronously) instead of all at commit; the last batch waits until the index
	 * has committed everything (write-sync, the same guarantee as the configured strategy). Should the transaction fail
	 * after batches reached the index, {@link #restoreIndex} puts the index back as the database is.
	 */
	private Outcome write(List<Plan> plans, ImportRequest request, Holder holder, CurrentUser user, ImportJob job) {
		String actor = user == null ? "system" : user.getUsername();
		List<Long> created = new ArrayList<>();
		List<Long> updated = new ArrayList<>();
		try {
			return writeTx.execute(status -> write(plans, request, holder, actor, job, created, updated));
		}
		catch (RuntimeException e) {
			restoreIndex(created, updated, e);
			throw e;
		}
	}

	private Outcome write(List<Plan> plans, ImportRequest request, Holder holder, String actor, ImportJob job,
			List<Long> created, List<Long> updated) {
		SearchSession search = Search.session(entityManager);
		search.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
		OrganisationSummary importHolder = null;
		if (plans.stream().anyMatch(p -> p.action == Action.CREATE && p.owner == null)) {
			importHolder = organisations.findOrCreateVerified(holder.name(), holder.creditCode(),
					OrganisationType.TRANSFER_INSTITUTION, request.regionCode());
			entityManager.flush();
		}
		if (!request.review()) {
			assignRegistrationNumbers(plans);
		}
		// rows left as they are first, so that the last batch has index work to wait for
		List<Plan> ordered = new ArrayList<>(plans);
		ordered.sort(Comparator.comparing(p -> p.action != Action.SKIP));
		int skipped = 0;
		Instant now = clock.instant();
		for (int from = 0; from < ordered.size(); from += BATCH) {
			int to = Math.min(ordered.size(), from + BATCH);
			List<Plan> chunk = ordered.subList(from, to);
			Map<Long, Achievement> targets = new HashMap<>();
			List<Long> ids = chunk.stream().filter(p -> p.action == Action.UPDATE).map(p -> p.targetId).toList();
			if (!ids.isEmpty()) {
				achievements.findAllById(ids).forEach(a -> targets.put(a.getId(), a));
			}
			List<Achievement> published = new ArrayList<>();
			for (Plan p : chunk) {
				AchievementContent content = p.record;
				switch (p.action) {
					case CREATE -> {
						OrganisationSummary owner = p.owner != null ? p.owner : importHolder;
						Achievement a;
						if (request.review()) {
							a = Achievement.draft(owner.id(), owner.name(), actor, content, derive(content), clock);
						}
						else {
							String externalId = p.record.getExternalId() != null ? p.record.getExternalId()
									: "reg:" + p.registrationNumber;
							a = Achievement.importedListing(owner.id(), owner.name(), actor, content, derive(content),
									externalId, p.registrationNumber,
									p.record.getPublishedAt() != null ? p.record.getPublishedAt() : now, clock);
							published.add(a);
						}
						entityManager.persist(a);
						created.add(a.getId());
					}
					case UPDATE -> {
						Achievement a = targets.get(p.targetId);
						if (a == null) {
							throw new IllegalStateException("Achievement " + p.targetId + " disappeared during the import");
						}
						if (request.review()) {
							a.edit(content, derive(content), actor, clock);
						}
						else {
							a.replaceImportedContent(content, derive(content), clock);
						}
						updated.add(a.getId());
					}
					case SKIP -> skipped++;
				}
			}
			entityManager.flush();
			if (to == ordered.size()) {
				search.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync());
			}
			search.indexingPlan().execute();
			for (Achievement a : published) {
				events.publishEvent(new AchievementPublished(a.getId(), a.getRegistrationNumber(), a.getHolderOrganisationId()));
			}
			entityManager.clear();
			job.written(chunk.size());
		}
		audit.record("achievement.import", "import", job.id(),
				String.format(Locale.ROOT, "%s %s file=%s rows=%d created=%d updated=%d skipped=%d", request.format().key(),
						request.mode(), request.fileName(), plans.size(), created.size(), updated.size(), skipped));
		return new Outcome(created.size(), updated.size(), skipped);
	}

	/** After a failed write: the rows it created leave the index again, the rows it updated are indexed as they still are. */
	private void restoreIndex(List<Long> created, List<Long> updated, RuntimeException cause) {
		if (created.isEmpty() && updated.isEmpty()) {
			return;
		}
		try {
			writeTx.executeWithoutResult(status -> {
				SearchSession search = Search.session(entityManager);
				search.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync());
				SearchIndexingPlan plan = search.indexingPlan();
				created.forEach(id -> plan.purge(Achievement.class, id, null));
				plan.execute();
				for (int from = 0; from < updated.size(); from += BATCH) {
					achievements.findAllById(updated.subList(from, Math.min(updated.size(), from + BATCH)))
						.forEach(plan::addOrUpdate);
					plan.execute();
					entityManager.clear();
				}
			});
		}
		catch (RuntimeException e) {
			cause.addSuppressed(e);
			log.error("The index may list achievements of a failed import: run `reindex`", e);
		}
	}

	/**
	 * New listings keep the number they come with (the prefix's counter is moved past it) or get the next ones of their
	 * prefix (region, year published, category), reserved in one block per prefix.
	 */
	private void assignRegistrationNumbers(List<Plan> plans) {
		Map<String, List<Plan>> byPrefix = new LinkedHashMap<>();
		Map<String, Integer> highest = new LinkedHashMap<>();
		for (Plan p : plans) {
			if (p.action != Action.CREATE) {
				continue;
			}
			if (p.registrationNumber != null) {
				highest.merge(RegistrationNumbers.prefixOf(p.registrationNumber),
						RegistrationNumbers.sequenceOf(p.registrationNumber), Math::max);
			}
			else {
				Instant published = p.record.getPublishedAt() != null ? p.record.getPublishedAt() : clock.instant();
				int year = published.atZone(clock.getZone()).getYear();
				byPrefix.computeIfAbsent(RegistrationNumbers.prefix(p.record.getRegionCode(), year, p.record.getCategory()),
						k -> new ArrayList<>()).add(p);
			}
		}
		highest.forEach((prefix, sequence) -> jdbc.update("""
				insert into registration_sequences(prefix, last_value) values (?, ?)
				on conflict (prefix) do update
				set last_value = greatest(registration_sequences.last_value, excluded.last_value)""", prefix, sequence));
		byPrefix.forEach((prefix, group) -> {
			int first = RegistrationNumbers.sequenceOf(numbers.reserve(prefix, group.size()));
			for (int i = 0; i < group.size(); i++) {
				group.get(i).registrationNumber = RegistrationNumbers.format(prefix, first + i);
			}
		});
	}

	private Achievement.DerivedCodes derive(AchievementContent c) {
		return Achievement.DerivedCodes.of(c, codes);
	}

	ZjmarketMapper zjmarket() {
		return zjmarket;
	}
}
