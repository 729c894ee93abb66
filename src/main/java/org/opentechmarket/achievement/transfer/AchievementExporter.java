package org.opentechmarket.achievement.transfer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.domain.Achievement;
import org.opentechmarket.achievement.domain.AchievementRepository;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.Organisations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the public catalogue (PUBLISHED and CONVERTED achievements) in id order, 500 at a time, in the shape an import
 * reads back: re-importing an export changes nothing.
 */
@Component
class AchievementExporter {

	private final AchievementRepository achievements;
	private final Organisations organisations;
	private final EntityManager entityManager;
	private final TransactionTemplate readTx;
	private final JsonlCodec jsonl;

	AchievementExporter(AchievementRepository achievements, Organisations organisations, EntityManager entityManager,
			PlatformTransactionManager transactions, JsonMapper json) {
		this.achievements = achievements;
		this.organisations = organisations;
		this.entityManager = entityManager;
		this.readTx = new TransactionTemplate(transactions);
		this.readTx.setReadOnly(true);
		this.jsonl = new JsonlCodec(json);
	}

	long count() {
		return achievements.countByStatusIn(AchievementStatus.publicStatuses());
	}

	/** @return the number of achievements written */
	long export(TransferFormat format, OutputStream out) {
		if (!format.exportable()) {
			throw new IllegalArgumentException("Not an export format: " + format);
		}
		try {
			if (format == TransferFormat.XLSX) {
				try (XlsxCodec.Writer writer = new XlsxCodec.Writer(out)) {
					return each(writer::add);
				}
			}
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
			long count = each(record -> jsonl.write(record, writer));
			writer.flush();
			return count;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private long each(Consumer<TransferRecord> sink) {
		Long total = readTx.execute(status -> {
			Map<Long, Optional<String>> creditCodes = new HashMap<>();
			long count = 0;
			long after = 0;
			while (true) {
				List<Achievement> page = achievements.findTop500ByStatusInAndIdGreaterThanOrderByIdAsc(
						AchievementStatus.publicStatuses(), after);
				if (page.isEmpty()) {
					return count;
				}
				for (Achievement a : page) {
					TransferRecord record = TransferRecord.of(a.content());
					record.setExternalId(a.getExternalId());
					record.setRegistrationNumber(a.getRegistrationNumber());
					record.setPublishedAt(a.getPublishedAt());
					record.setHolderCreditCode(creditCodes.computeIfAbsent(a.getHolderOrganisationId(),
							id -> organisations.find(id).map(OrganisationSummary::creditCode)).orElse(null));
					sink.accept(record);
					count++;
					after = a.getId();
				}
				entityManager.clear();
			}
		});
		return total == null ? 0 : total;
	}
}
