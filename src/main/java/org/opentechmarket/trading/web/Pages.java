package org.opentechmarket.trading.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.opentechmarket.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Small helpers the trading pages share. */
final class Pages {

	private Pages() {
	}

	/** A stored file, always as a download, never sniffed by the browser. */
	static ResponseEntity<Resource> attachment(String name, String contentType, Path path) throws IOException {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType == null ? "application/octet-stream" : contentType))
			.contentLength(Files.size(path))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(path));
	}

	/** A refusal of a one-button action: its message (the first field's, for a validation) shown after the redirect. */
	static void problem(RedirectAttributes redirect, MessageSource messages, DomainException e) {
		if (e.kind() == DomainException.Kind.NOT_FOUND) {
			throw e;
		}
		Locale locale = LocaleContextHolder.getLocale();
		String text;
		if (!e.violations().isEmpty()) {
			var v = e.violations().get(0);
			text = messages.getMessage(v.code(), v.argsArray(), v.code(), locale);
		}
		else {
			text = messages.getMessage(e.code(), e.args(), e.code(), locale);
		}
		redirect.addFlashAttribute("problem", text);
	}
}
