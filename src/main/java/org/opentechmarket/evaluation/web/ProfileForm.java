package org.opentechmarket.evaluation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.opentechmarket.evaluation.domain.ExpertPool;
import org.opentechmarket.evaluation.domain.ExpertProfile;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The expert's own profile form. Code lists are comma separated; employment lines are {@code organisation | from | to}
 * (dates yyyy-mm-dd, "to" empty while still there); conflict lines are {@code organisation | person | reason} with either
 * the organisation or the person given.
 */
public class ProfileForm {

	private String realName;
	private String title;
	private String disciplinesText;
	private String industriesText;
	private String regionsText;
	private boolean available = true;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate unavailableUntil;
	private String availabilityNote;
	private String employmentText;
	private String conflictsText;

	static ProfileForm of(ExpertProfile p) {
		ProfileForm f = new ProfileForm();
		f.realName = p.getRealName();
		f.title = p.getTitle();
		f.disciplinesText = String.join(", ", p.getDisciplines());
		f.industriesText = String.join(", ", p.getIndustries());
		f.regionsText = String.join(", ", p.getRegions());
		f.available = p.isAvailableFlag();
		f.unavailableUntil = p.getUnavailableUntil();
		f.availabilityNote = p.getAvailabilityNote();
		f.employmentText = p.getEmployment()
			.stream()
			.map(e -> e.getOrganisationName() + " | " + (e.getSince() == null ? "" : e.getSince()) + " | "
					+ (e.getUntil() == null ? "" : e.getUntil()))
			.collect(Collectors.joining("\n"));
		f.conflictsText = p.getConflicts()
			.stream()
			.map(c -> nz(c.getOrganisationName()) + " | " + nz(c.getPersonName()) + " | " + nz(c.getReason()))
			.collect(Collectors.joining("\n"));
		return f;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	ExpertPool.ProfileEdit toEdit() {
		List<FieldViolation> v = new ArrayList<>();
		List<ExpertPool.JobLine> jobs = new ArrayList<>();
		String[] lines = employmentText == null ? new String[0] : employmentText.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			String[] f = Arrays.stream(lines[i].split("\\|", -1)).map(String::strip).toArray(String[]::new);
			try {
				LocalDate from = f.length > 1 && !f[1].isEmpty() ? LocalDate.parse(f[1]) : null;
				LocalDate to = f.length > 2 && !f[2].isEmpty() ? LocalDate.parse(f[2]) : null;
				if (f[0].isEmpty() || f.length > 3 || (from != null && to != null && to.isBefore(from))) {
					throw new IllegalArgumentException();
				}
				jobs.add(new ExpertPool.JobLine(f[0], from, to));
			}
			catch (DateTimeParseException | IllegalArgumentException e) {
				v.add(FieldViolation.of("employmentText", "expert.employment.line", i + 1));
			}
		}
		List<ExpertPool.ConflictLine> conflicts = new ArrayList<>();
		lines = conflictsText == null ? new String[0] : conflictsText.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			String[] f = Arrays.stream(lines[i].split("\\|", -1)).map(String::strip).toArray(String[]::new);
			String org = f[0];
			String person = f.length > 1 ? f[1] : "";
			String reason = f.length > 2 ? f[2] : "";
			if ((org.isEmpty() && person.isEmpty()) || f.length > 3) {
				v.add(FieldViolation.of("conflictsText", "expert.conflict.line", i + 1));
			}
			else {
				conflicts.add(new ExpertPool.ConflictLine(org, person, reason));
			}
		}
		return new ExpertPool.ProfileEdit(realName, title, codes(disciplinesText), codes(industriesText), codes(regionsText),
				available, unavailableUntil, availabilityNote, jobs, conflicts, v);
	}

	private static List<String> codes(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,，;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	public String getRealName() {
		return realName;
	}

	public void setRealName(String realName) {
		this.realName = realName;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDisciplinesText() {
		return disciplinesText;
	}

	public void setDisciplinesText(String disciplinesText) {
		this.disciplinesText = disciplinesText;
	}

	public String getIndustriesText() {
		return industriesText;
	}

	public void setIndustriesText(String industriesText) {
		this.industriesText = industriesText;
	}

	public String getRegionsText() {
		return regionsText;
	}

	public void setRegionsText(String regionsText) {
		this.regionsText = regionsText;
	}

	public boolean isAvailable() {
		return available;
	}

	public void setAvailable(boolean available) {
		this.available = available;
	}

	public LocalDate getUnavailableUntil() {
		return unavailableUntil;
	}

	public void setUnavailableUntil(LocalDate unavailableUntil) {
		this.unavailableUntil = unavailableUntil;
	}

	public String getAvailabilityNote() {
		return availabilityNote;
	}

	public void setAvailabilityNote(String availabilityNote) {
		this.availabilityNote = availabilityNote;
	}

	public String getEmploymentText() {
		return employmentText;
	}

	public void setEmploymentText(String employmentText) {
		this.employmentText = employmentText;
	}

	public String getConflictsText() {
		return conflictsText;
	}

	public void setConflictsText(String conflictsText) {
		this.conflictsText = conflictsText;
	}
}
