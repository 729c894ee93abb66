package org.opentechmarket.broker.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.opentechmarket.broker.domain.RecordsService;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File responses: always downloads, never rendered in the browser. */
final class Downloads {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	static ResponseEntity<Resource> xlsx(byte[] bytes, String fileName) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.contentLength(bytes.length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new ByteArrayResource(bytes));
	}

	static ResponseEntity<Resource> evidence(RecordsService.Evidence e) throws IOException {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(e.file().contentType()))
			.contentLength(Files.size(e.path()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(e.file().name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(e.path()));
	}
}
