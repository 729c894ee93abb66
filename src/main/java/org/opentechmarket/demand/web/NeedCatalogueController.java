package org.opentechmarket.demand.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opentechmarket.demand.domain.Contact;
import org.opentechmarket.demand.domain.Need;
import org.opentechmarket.demand.domain.NeedAttachment;
import org.opentechmarket.demand.domain.NeedSearch;
import org.opentechmarket.demand.domain.NeedService;
import org.opentechmarket.demand.domain.TalkRequest;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FileStore;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public needs catalogue (search, facets), the need page, and requests to talk with their decision. */
@Controller
class NeedCatalogueController {

	private static final int PAGE_SIZE = 20;

	private final NeedSearch search;
	private final NeedService service;
	private final CodeTables codes;
	private final MessageSource messages;
	private final FileStore store;
	private final org.opentechmarket.demand.domain.NeedProperties properties;

	NeedCatalogueController(NeedSearch search, NeedService service, CodeTables codes, MessageSource messages,
			FileStore store, org.opentechmarket.demand.domain.NeedProperties properties) {
		this.properties = properties;
		this.search = search;
		this.service = service;
		this.codes = codes;
		this.messages = messages;
		this.store = store;
	}

	public record FacetLink(String label, long count, String href, boolean active) {
	}

	public record FacetView(String key, String clearHref, List<FacetLink> values) {
	}

	@GetMapping("/needs")
	String catalogue(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam Map<String, String> params, Model model, Locale locale) {
		Map<String, String> filters = new LinkedHashMap<>(params);
		filters.keySet().retainAll(NeedSearch.FACETS);
		filters.values().removeIf(v -> v == null || v.isBlank());
		NeedSearch.Result result = search.search(NeedSearch.Query.of(q, filters, page, PAGE_SIZE));
		List<FacetView> facets = new ArrayList<>();
		result.facets().forEach((key, values) -> {
			Map<String, String> without = new LinkedHashMap<>(filters);
			without.remove(key);
			List<FacetLink> links = new ArrayList<>();
			for (NeedSearch.FacetValue v : values) {
				Map<String, String> with = new LinkedHashMap<>(filters);
				with.put(key, v.value());
				links.add(new FacetLink(label(key, v.value(), locale), v.count(), href(q, with, 0),
						v.value().equals(filters.get(key))));
			}
			facets.add(new FacetView(key, filters.containsKey(key) ? href(q, without, 0) : null, links));
		});
		long pages = (result.total() + PAGE_SIZE - 1) / PAGE_SIZE;
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("filters", filters);
		model.addAttribute("result", result);
		model.addAttribute("facetViews", facets);
		model.addAttribute("page", Math.max(page, 0));
		model.addAttribute("pages", pages);
		model.addAttribute("previousHref", href(q, filters, page - 1));
		model.addAttribute("nextHref", href(q, filters, page + 1));
		model.addAttribute("codes", codes);
		return "demand/catalogue";
	}

	@GetMapping("/needs/{id:[0-9]+}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Need need = service.view(user, id);
		model.addAttribute("need", need);
		model.addAttribute("manage", service.mayManage(user, need));
		model.addAttribute("contact", service.contactFor(user, need).orElse(null));
		List<TalkRow> rows = new ArrayList<>();
		for (TalkRequest t : service.talksOf(user, need)) {
			rows.add(new TalkRow(t, service.requesterContact(user, t).orElse(null)));
		}
		model.addAttribute("talks", rows);
		model.addAttribute("mayRequestTalks", service.mayRequestTalks(user, need));
		model.addAttribute("attachments", service.attachmentsOf(user, need));
		model.addAttribute("codes", codes);
		model.addAttribute("signedIn", user != null);
		model.addAttribute("messageMinLength", properties.messageMinLength());
		if (!model.containsAttribute("talkForm")) {
			model.addAttribute("talkForm", new TalkForm());
		}
		return "demand/show";
	}

	/** A request to talk and the contact it would reveal to the owner on acceptance. */
	public record TalkRow(TalkRequest talk, Contact contact) {
	}

	public static class TalkForm {

		private String message;
		private String contactName;
		private String contactPhone;
		private String contactEmail;

		public String getMessage() {
			return message;
		}

		public void setMessage(String message) {
			this.message = message;
		}

		public String getContactName() {
			return contactName;
		}

		public void setContactName(String contactName) {
			this.contactName = contactName;
		}

		public String getContactPhone() {
			return contactPhone;
		}

		public void setContactPhone(String contactPhone) {
			this.contactPhone = contactPhone;
		}

		public String getContactEmail() {
			return contactEmail;
		}

		public void setContactEmail(String contactEmail) {
			this.contactEmail = contactEmail;
		}
	}

	@PostMapping("/needs/{id:[0-9]+}/talks")
	String requestTalks(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, TalkForm form,
			RedirectAttributes redirect) {
		try {
			service.requestTalks(user, id, form.getMessage(),
					new Contact(form.getContactName(), form.getContactPhone(), form.getContactEmail()));
			redirect.addFlashAttribute("notice", "need.talks.requested");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
				throw e;
			}
			redirect.addFlashAttribute("talkErrors", e.violations().isEmpty() ? List.of(e.code())
					: e.violations().stream().map(v -> v.code()).distinct().toList());
			redirect.addFlashAttribute("talkForm", form);
		}
		return "redirect:/needs/" + id + "#talks";
	}

	@PostMapping("/needs/talks/{talkId:[0-9]+}/{decision:accept|decline}")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long talkId, @PathVariable String decision,
			RedirectAttributes redirect) {
		TalkRequest t = service.decideTalks(user, talkId, decision.equals("accept"));
		redirect.addFlashAttribute("notice", decision.equals("accept") ? "need.talks.accepted" : "need.talks.declined");
		return "redirect:/needs/" + t.getNeedId() + "#talks";
	}

	/** Attachments go to whoever may see the need, always as a download. */
	@GetMapping("/needs/attachments/{attachmentId:[0-9]+}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long attachmentId) {
		NeedAttachment a = service.attachment(user, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(a.getFileName(), StandardCharsets.UTF_8).build().toString())
			.body(new FileSystemResource(store.path(a.getStorageKey())));
	}

	private String label(String facet, String value, Locale locale) {
		return switch (facet) {
			case "industrySection" -> codes.industries().shortLabel(value, locale);
			case "provinceCode" -> codes.regions().shortLabel(value, locale);
			case "cooperation" -> messages.getMessage("cooperation." + value, null, value, locale);
			case "budgetBand" -> messages.getMessage("need.budgetBand." + value, null, value, locale);
			case "trl" -> "TRL ≥ " + value;
			default -> value;
		};
	}

	static String href(String q, Map<String, String> filters, int page) {
		StringBuilder s = new StringBuilder("/needs?");
		if (q != null && !q.isBlank()) {
			s.append("q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8)).append('&');
		}
		filters.forEach((k, v) -> s.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
		if (page > 0) {
			s.append("page=").append(page).append('&');
		}
		return s.substring(0, s.length() - 1);
	}
}
