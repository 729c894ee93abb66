package org.opentechmarket.achievement.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Lines: one JSON object per line, UTF-8. A line that is not a valid object of the expected shape (bad JSON, a field
 * of the wrong type, an unknown code, an unknown field) is a row error naming the line and the field.
 */
final class JsonlCodec {

	/** A non-blank line and its 1-based number in the file. */
	record Line(int number, String text) {
	}

	private final ObjectReader records;
	private final ObjectReader listings;
	private final ObjectWriter writer;

	JsonlCodec(JsonMapper json) {
		this.records = json.readerFor(TransferRecord.class)
			.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
					DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
		this.listings = json.readerFor(ZjmarketMapper.Listing.class)
			.with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		this.writer = json.writerFor(TransferRecord.class).without(SerializationFeature.INDENT_OUTPUT);
	}

	/** The file's non-blank lines; a byte-order mark is dropped. */
	static List<Line> lines(byte[] data) throws CharacterCodingException {
		CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(data));
		String text = chars.toString();
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<Line> lines = new ArrayList<>();
		int number = 0;
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			number++;
			String line = text.substring(start, end);
			if (!line.isBlank()) {
				lines.add(new Line(number, line.strip()));
			}
			start = end + 1;
		}
		return lines;
	}

	ParsedRow record(Line line) {
		try {
			TransferRecord record = records.readValue(line.text());
			if (record == null) {
				return new ParsedRow(line.number(), null, List.of(RowError.of(line.number(), "json", "transfer.json.notObject")));
			}
			return new ParsedRow(line.number(), record, List.of());
		}
		catch (JacksonException e) {
			return new ParsedRow(line.number(), null, List.of(error(line.number(), e)));
		}
	}

	/** A market listing, or the row's error. */
	Object listing(Line line) {
		try {
			ZjmarketMapper.Listing listing = listings.readValue(line.text());
			if (listing == null) {
				return RowError.of(line.number(), "json", "transfer.json.notObject");
			}
			return listing;
		}
		catch (JacksonException e) {
			return error(line.number(), e);
		}
	}

	void write(TransferRecord record, Writer out) {
		try {
			out.write(writer.writeValueAsString(record));
			out.write('\n');
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static RowError error(int row, JacksonException e) {
		String path = path(e);
		if (e instanceof UnrecognizedPropertyException u) {
			return RowError.of(row, path.isEmpty() ? u.getPropertyName() : path, "transfer.field.unknown", u.getPropertyName());
		}
		if (e instanceof InvalidFormatException f) {
			return RowError.of(row, path.isEmpty() ? "json" : path, "transfer.value.invalid", String.valueOf(f.getValue()));
		}
		if (e instanceof MismatchedInputException) {
			return RowError.of(row, path.isEmpty() ? "json" : path, path.isEmpty() ? "transfer.json.notObject"
					: "transfer.value.type");
		}
		if (e instanceof StreamReadException) {
			long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
			return RowError.of(row, "json", "transfer.json.malformed", column);
		}
		return RowError.of(row, path.isEmpty() ? "json" : path, "transfer.value.invalid", e.getOriginalMessage());
	}

	/** {@code ipRights[0].type} for the reference chain of a binding error. */
	static String path(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : e.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}
}
