package org.opentechmarket.broker.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.opentechmarket.broker.domain.BrokerProfile;
import org.opentechmarket.broker.domain.BrokerService;
import org.opentechmarket.broker.domain.BrokerStatus;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 经纪人管理: verify grades, trainings and offline deals; run the yearly evaluation; decide appeals; correct ledger entries
 * (with a reason); change a broker's status; export a broker's record.
 */
@Controller
class AdminBrokersController {

	private final BrokerService brokers;
	private final RecordsService records;
	private final EvaluationService evaluations;
	private final RecordExport export;
	private final Clock clock;

	AdminBrokersController(BrokerService brokers, RecordsService records, EvaluationService evaluations, RecordExport export,
			Clock clock) {
		this.brokers = brokers;
		this.records = records;
		this.evaluations = evaluations;
		this.export = export;
		this.clock = clock;
	}

	@GetMapping("/admin/brokers")
	String list(@AuthenticationPrincipal CurrentUser admin, Model model) {
		List<BrokerProfile> profiles = brokers.allProfiles(admin);
		var trainings = records.pendingTrainings(admin);
		var deals = records.pendingDeals(admin);
		var notices = evaluations.openNotices(admin);
		Map<Long, String> names = Stream.of(profiles.stream().map(BrokerProfile::getUserId),
				trainings.stream().map(t -> t.getBrokerUserId()), deals.stream().map(d -> d.getBrokerUserId()),
				notices.stream().map(n -> n.getBrokerUserId()))
			.flatMap(Function.identity())
			.distinct()
			.collect(Collectors.toMap(id -> id, brokers::displayName));
		int year = LocalDate.now(clock).getYear();
		model.addAttribute("profiles", profiles);
		model.addAttribute("names", names);
		model.addAttribute("trainings", trainings);
		model.addAttribute("deals", deals);
		model.addAttribute("notices", notices);
		model.addAttribute("minimumShare", records.minimumStaffShare());
		model.addAttribute("defaultYear", year - 1);
		model.addAttribute("currentYear", year);
		model.addAttribute("scores", profiles.stream().collect(Collectors.toMap(BrokerProfile::getUserId,
				p -> evaluations.evaluationsOf(p.getUserId()).stream().findFirst().map(e -> e.getYear() + ": "
						+ e.getScore().toPlainString()).orElse("—"))));
		model.addAttribute("formula", evaluations.formula());
		model.addAttribute("ratingsSource", evaluations.reputationSourceAvailable());
		return "broker/admin";
	}

	@GetMapping("/admin/brokers/{id:[0-9]+}")
	String detail(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, Locale locale, Model model) {
		BrokerProfile profile = brokers.allProfiles(admin).stream().filter(p -> p.getUserId() == id).findFirst()
			.orElseThrow(() -> DomainException.notFound("broker.notFound", id));
		model.addAttribute("profile", profile);
		model.addAttribute("name", brokers.displayName(id));
		model.addAttribute("ledger", brokers.ledgerOf(admin, id));
		model.addAttribute("pointsTotal", brokers.totalPoints(id));
		model.addAttribute("history", brokers.historyOf(id));
		model.addAttribute("trainings", records.trainingsOf(admin, id));
		model.addAttribute("deals", records.dealsOf(admin, id));
		model.addAttribute("minimumShare", records.minimumStaffShare());
		model.addAttribute("evaluations", evaluations.evaluationsOf(id));
		model.addAttribute("notices", evaluations.noticesOf(admin, id));
		model.addAttribute("statuses", java.util.Arrays.stream(BrokerStatus.values())
			.filter(s -> profile.getStatus().canBecome(s)).toList());
		return "broker/admin-detail";
	}

	@PostMapping("/admin/brokers/{id}/verify-grade")
	String verifyGrade(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
		brokers.verifyGrade(admin, id);
		redirect.addFlashAttribute("notice", "broker.grade.verified");
		return "redirect:/admin/brokers";
	}

	@PostMapping("/admin/brokers/{id}/status")
	String status(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @RequestParam BrokerStatus status,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		brokers.changeStatus(admin, id, status, reason);
		redirect.addFlashAttribute("notice", "broker.status.changed");
		return "redirect:/admin/brokers/" + id;
	}

	@PostMapping("/admin/brokers/points/correct")
	String correct(@AuthenticationPrincipal CurrentUser admin, @RequestParam long entryId, @RequestParam long broker,
			@RequestParam(required = false) BigDecimal points, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		brokers.correct(admin, entryId, points, reason);
		redirect.addFlashAttribute("notice", "broker.points.corrected");
		return "redirect:/admin/brokers/" + broker + "#ledger";
	}

	@PostMapping("/admin/brokers/trainings/{id}")
	String decideTraining(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @RequestParam boolean verified,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		records.decideTraining(admin, id, verified, note);
		redirect.addFlashAttribute("notice", verified ? "broker.record.verified" : "broker.record.rejected");
		return "redirect:/admin/brokers#trainings";
	}

	@PostMapping("/admin/brokers/deals/{id}")
	String decideDeal(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @RequestParam boolean verified,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		records.decideDeal(admin, id, verified, note);
		redirect.addFlashAttribute("notice", verified ? "broker.record.verified" : "broker.record.rejected");
		return "redirect:/admin/brokers#deals";
	}

	@PostMapping("/admin/brokers/evaluate")
	String evaluate(@AuthenticationPrincipal CurrentUser admin, @RequestParam int year, RedirectAttributes redirect) {
		EvaluationService.Run run = evaluations.evaluateYear(admin, year);
		redirect.addFlashAttribute("run", run);
		redirect.addFlashAttribute("notice", "broker.evaluation.done");
		return "redirect:/admin/brokers#evaluation";
	}

	@PostMapping("/admin/brokers/notices/{id}")
	String decideAppeal(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @RequestParam boolean uphold,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		evaluations.decideAppeal(admin, id, uphold, note);
		redirect.addFlashAttribute("notice", uphold ? "broker.notice.upheld" : "broker.notice.granted");
		return "redirect:/admin/brokers#notices";
	}

	@GetMapping("/admin/brokers/{id}/record.xlsx")
	ResponseEntity<Resource> record(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, Locale locale) {
		return Downloads.xlsx(export.export(admin, id, locale), "broker-record-" + id + ".xlsx");
	}

	@GetMapping("/admin/brokers/evidence/{kind:training|deal}/{id}")
	ResponseEntity<Resource> evidence(@AuthenticationPrincipal CurrentUser admin, @PathVariable String kind,
			@PathVariable long id) throws java.io.IOException {
		return Downloads.evidence(records.evidence(admin, kind, id));
	}
}
