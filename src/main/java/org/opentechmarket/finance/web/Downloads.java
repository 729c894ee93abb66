package org.opentechmarket.finance.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.opentechmarket.finance.domain.StoredFile;
import org.opentechmarket.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Small helpers the finance pages share. */
final class Downloads {

	private Downloads() {
	}

	/** A stored file, always as a download, never sniffed by the browser. */
	static ResponseEntity<Resource> attachment(StoredFile file, Path path) throws IOException {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getContentType()))
			.contentLength(Files.size(path))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.getName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(path));
	}

	/** The refusal's first message in the user's language, for a flash message after a redirect. */
	static String message(MessageSource messages, DomainException e) {
		Locale locale = LocaleContextHolder.getLocale();
		if (!e.violations().isEmpty()) {
			var v = e.violations().get(0);
			return messages.getMessage(v.code(), v.argsArray(), v.code(), locale);
		}
		return messages.getMessage(e.code(), e.args(), e.code(), locale);
	}
}
