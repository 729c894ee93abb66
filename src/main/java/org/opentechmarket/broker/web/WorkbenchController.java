package org.opentechmarket.broker.web;

import org.opentechmarket.platform.FormErrors;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.broker.domain.Attachment;
import org.opentechmarket.broker.domain.BrokerGrade;
import org.opentechmarket.broker.domain.BrokerProfile;
import org.opentechmarket.broker.domain.BrokerService;
import org.opentechmarket.broker.domain.EvaluationService;
import org.opentechmarket.broker.domain.RecordExport;
import org.opentechmarket.broker.domain.RecordsService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 经纪人工作台: the signed-in broker's profile, attachments, points, trainings, offline deals, evaluation and leads. */
@Controller
class WorkbenchController {

	private final BrokerService brokers;
	private final RecordsService records;
	private final EvaluationService evaluations;
	private final RecordExport export;
	private final Clock clock;

	WorkbenchController(BrokerService brokers, RecordsService records, EvaluationService evaluations, RecordExport export,
			Clock clock) {
		this.brokers = brokers;
		this.records = records;
		this.evaluations = evaluations;
		this.export = export;
		this.clock = clock;
	}

	@GetMapping("/broker")
	String workbench(@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(user, model);
	}

	@PostMapping("/broker/profile")
	String saveProfile(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("profileForm") ProfileForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return page(user, model);
		}
		try {
			brokers.saveProfile(user, form.content());
		}
		catch (DomainException e) {
			FormErrors.bind(binding, e);
			return page(user, model);
		}
		redirect.addFlashAttribute("notice", "broker.profile.saved");
		return "redirect:/broker";
	}

	@PostMapping("/broker/offers")
	String offer(@AuthenticationPrincipal CurrentUser user, @RequestParam long achievementId, RedirectAttributes redirect) {
		brokers.offer(user, achievementId);
		redirect.addFlashAttribute("notice", "broker.offer.sent");
		return "redirect:/broker#attachments";
	}

	@PostMapping("/broker/attachments/{id}/accept")
	String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		brokers.decide(user, id, true);
		redirect.addFlashAttribute("notice", "broker.attachment.accepted");
		return "redirect:/broker#attachments";
	}

	@PostMapping("/broker/attachments/{id}/decline")
	String decline(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		brokers.decide(user, id, false);
		redirect.addFlashAttribute("notice", "broker.attachment.declined");
		return "redirect:/broker#attachments";
	}

	@PostMapping("/broker/attachments/{id}/end")
	String end(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		brokers.end(user, id);
		redirect.addFlashAttribute("notice", "broker.attachment.ended");
		return "redirect:/broker#attachments";
	}

	@PostMapping("/broker/trainings")
	String recordTraining(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("trainingForm") TrainingForm form,
			BindingResult binding, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		if (binding.hasErrors()) {
			return page(user, model);
		}
		try {
			records.recordTraining(user, form.getTitle(), form.getGivenOn(), form.getHours(), form.getAudienceSize(),
					upload(file));
		}
		catch (DomainException e) {
			FormErrors.bind(binding, e);
			return page(user, model);
		}
		redirect.addFlashAttribute("notice", "broker.training.recorded");
		return "redirect:/broker#trainings";
	}

	@PostMapping("/broker/deals")
	String recordDeal(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("dealForm") DealForm form,
			BindingResult binding, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		if (binding.hasErrors()) {
			return page(user, model);
		}
		try {
			records.recordDeal(user, form.getSeller(), form.getBuyer(), form.getAchievementId(), form.getSignedOn(),
					form.terms(), upload(file));
		}
		catch (DomainException e) {
			FormErrors.bind(binding, e);
			return page(user, model);
		}
		redirect.addFlashAttribute("notice", "broker.deal.recorded");
		return "redirect:/broker#deals";
	}

	@PostMapping("/broker/notices/{id}/appeal")
	String appeal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String appeal,
			RedirectAttributes redirect) {
		try {
			evaluations.appeal(user, id, appeal);
			redirect.addFlashAttribute("notice", "broker.notice.appealed");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("appealError", e.violations().isEmpty() ? e.code() : e.violations().get(0).code());
		}
		return "redirect:/broker#notices";
	}

	@PostMapping("/broker/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		brokers.withdraw(user, reason);
		redirect.addFlashAttribute("notice", "broker.withdrawn.done");
		return "redirect:/broker";
	}

	@GetMapping("/broker/record.xlsx")
	ResponseEntity<Resource> record(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		byte[] bytes = export.export(user, user.id(), locale);
		return Downloads.xlsx(bytes, "broker-record-" + user.id() + ".xlsx");
	}

	@GetMapping("/broker/evidence/{kind:training|deal}/{id}")
	ResponseEntity<Resource> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable String kind,
			@PathVariable long id) throws IOException {
		return Downloads.evidence(records.evidence(user, kind, id));
	}

	private static RecordsService.Upload upload(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return null;
		}
		return new RecordsService.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream());
	}

	/** The whole workbench; the three forms keep their values and errors when one of them failed. */
	private String page(CurrentUser user, Model model) {
		if (user == null || !user.has(org.opentechmarket.platform.Role.BROKER)) {
			throw DomainException.forbidden("broker.roleRequired");
		}
		Optional<BrokerProfile> profile = brokers.myProfile(user);
		model.addAttribute("profile", profile.orElse(null));
		if (!model.containsAttribute("profileForm")) {
			model.addAttribute("profileForm", profile.map(p -> ProfileForm.of(p.content())).orElseGet(ProfileForm::new));
		}
		ensureForm(model, "trainingForm", new TrainingForm());
		ensureForm(model, "dealForm", new DealForm());
		model.addAttribute("grades", BrokerGrade.values());
		int year = LocalDate.now(clock).getYear();
		model.addAttribute("year", year);
		if (profile.isPresent()) {
			List<Attachment> attachments = brokers.attachmentsOfBroker(user);
			model.addAttribute("attachments", attachments);
			model.addAttribute("titles", titles(attachments.stream().map(Attachment::getSubjectId).toList()));
			model.addAttribute("ledger", brokers.ledgerOf(user, user.id()));
			model.addAttribute("pointsTotal", brokers.totalPoints(user.id()));
			model.addAttribute("pointsYear", brokers.pointsInYear(user.id(), year));
			model.addAttribute("trainings", records.trainingsOf(user, user.id()));
			model.addAttribute("deals", records.dealsOf(user, user.id()));
			model.addAttribute("minimumShare", records.minimumStaffShare());
			model.addAttribute("evaluations", evaluations.evaluationsOf(user.id()));
			model.addAttribute("notices", evaluations.noticesOf(user, user.id()));
			model.addAttribute("leads", brokers.leads(user, 20));
			model.addAttribute("formula", evaluations.formula());
			model.addAttribute("ratingsSource", evaluations.reputationSourceAvailable());
		}
		return "broker/workbench";
	}

	private void ensureForm(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, new BeanPropertyBindingResult(form, name));
		}
	}

	private Map<Long, String> titles(List<Long> ids) {
		return ids.stream().distinct().collect(Collectors.toMap(id -> id,
				id -> brokers.achievement(id).map(AchievementSummary::title).orElse("#" + id)));
	}
}
