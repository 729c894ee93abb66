package org.opentechmarket.finance.web;

import org.opentechmarket.platform.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.opentechmarket.finance.FinanceKind;
import org.opentechmarket.finance.FinanceTotal;
import org.opentechmarket.finance.domain.FinanceAccess;
import org.opentechmarket.finance.domain.FinanceProperties;
import org.opentechmarket.finance.domain.FinanceStatistics;
import org.opentechmarket.finance.domain.FinanceableFilter;
import org.opentechmarket.finance.domain.FinanceableService;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The financier's start page: this year's totals and the financeable-achievement list with its filters. */
@Controller
class FinanceHomeController {

	private final FinanceableService financeable;
	private final FinanceStatistics statistics;
	private final FinanceAccess access;
	private final FinanceProperties properties;
	private final CodeTables codes;
	private final Clock clock;

	FinanceHomeController(FinanceableService financeable, FinanceStatistics statistics, FinanceAccess access,
			FinanceProperties properties, CodeTables codes, Clock clock) {
		this.financeable = financeable;
		this.statistics = statistics;
		this.access = access;
		this.properties = properties;
		this.codes = codes;
		this.clock = clock;
	}

	/** One row of the dashboard: a kind with its count and amount this year. */
	record KindTotal(FinanceKind kind, long count, java.math.BigDecimal amount) {
	}

	@GetMapping("/finance")
	String home(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") FinanceableFilter filter,
			BindingResult binding, @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
		access.requireFinancierOrAdmin(user);
		int year = LocalDate.now(clock).getYear();
		List<FinanceTotal> totals = statistics.totals(year, user.isAdmin() ? null : user.organisationId());
		model.addAttribute("year", year);
		model.addAttribute("totals", byKind(totals));
		model.addAttribute("defaultTrl", financeable.defaultMinimumTrl());
		if (filter.getMinimumTrl() == null && !binding.hasFieldErrors("minimumTrl")) {
			filter.setMinimumTrl(financeable.defaultMinimumTrl());
		}
		Page<FinanceableService.Row> rows = Page.empty();
		if (!binding.hasErrors()) {
			try {
				rows = financeable.list(user, filter, page, properties.pageSize());
			}
			catch (DomainException e) {
				FormErrors.bind(binding, e);
			}
		}
		model.addAttribute("rows", rows);
		model.addAttribute("regionLabels", regionLabels(rows));
		model.addAttribute("previousLink", pageLink(request, rows.getNumber() - 1));
		model.addAttribute("nextLink", pageLink(request, rows.getNumber() + 1));
		return "finance/home";
	}

	private Map<Long, String> regionLabels(Page<FinanceableService.Row> rows) {
		Map<Long, String> labels = new java.util.HashMap<>();
		for (FinanceableService.Row r : rows) {
			String code = r.achievement().regionCode();
			labels.put(r.achievement().id(), code == null ? "" : codes.regions().label(code, LocaleContextHolder.getLocale()));
		}
		return labels;
	}

	static List<KindTotal> byKind(List<FinanceTotal> totals) {
		Map<FinanceKind, KindTotal> sums = new EnumMap<>(FinanceKind.class);
		for (FinanceKind kind : FinanceKind.values()) {
			sums.put(kind, new KindTotal(kind, 0, java.math.BigDecimal.ZERO.setScale(2)));
		}
		for (FinanceTotal t : totals) {
			KindTotal s = sums.get(t.kind());
			sums.put(t.kind(), new KindTotal(t.kind(), s.count() + t.count(), s.amount().add(t.amount())));
		}
		return new ArrayList<>(sums.values());
	}

	private static String pageLink(HttpServletRequest request, int page) {
		return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
			.replaceQueryParam("page", Math.max(page, 0)).build(true).toUriString();
	}
}
