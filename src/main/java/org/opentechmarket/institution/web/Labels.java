package org.opentechmarket.institution.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opentechmarket.institution.domain.InstitutionProfile;
import org.opentechmarket.platform.CodeTables;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Display labels for configured service kinds and region codes, in the reader's language (computed in controllers). */
@Component
class Labels {

	private final MessageSource messages;
	private final CodeTables codes;

	Labels(MessageSource messages, CodeTables codes) {
		this.messages = messages;
		this.codes = codes;
	}

	String message(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

	/** A configured service kind without a message key shows its code. */
	String service(String code) {
		return messages.getMessage("serviceKind." + code, null, code, LocaleContextHolder.getLocale());
	}

	Map<String, String> services(List<String> codes) {
		Map<String, String> labels = new LinkedHashMap<>();
		codes.forEach(c -> labels.put(c, service(c)));
		return labels;
	}

	String region(String code) {
		Locale locale = LocaleContextHolder.getLocale();
		return code == null ? "" : codes.regions().label(code, locale);
	}

	/** Provinces and prefecture-level cities, for the region filter. */
	Map<String, String> regionChoices() {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> choices = new LinkedHashMap<>();
		for (CodeTables.Code province : codes.regions().topLevel()) {
			choices.put(province.code(), province.name(locale));
			for (CodeTables.Code city : codes.regions().children(province.code())) {
				choices.put(city.code(), province.name(locale) + " / " + city.name(locale));
			}
		}
		return choices;
	}

	/** What a directory card shows of a profile. */
	record Card(long id, String name, String link, String level, Integer levelYear, String region, List<String> services,
			List<String> regions) {
	}

	Card card(InstitutionProfile p) {
		return new Card(p.getId(), p.getName(), "/" + p.getKind().path() + "/" + p.getId(), p.getLevel().name(),
				p.getLevelYear(), region(p.getRegionCode()), p.getServices().stream().map(this::service).toList(),
				p.getRegions().stream().map(this::region).toList());
	}
}
