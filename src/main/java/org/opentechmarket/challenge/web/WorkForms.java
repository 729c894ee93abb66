package org.opentechmarket.challenge.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** The small forms of the poster's management page: award, milestone, acceptance; and the winner's progress report. */
final class WorkForms {

	private WorkForms() {
	}

	public static class AwardForm {

		private List<Long> winners = new ArrayList<>();
		private String reason;

		public List<Long> getWinners() {
			return winners;
		}

		public void setWinners(List<Long> winners) {
			this.winners = winners;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}

	public static class MilestoneForm {

		private Long applicationId;
		private String title;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueOn;
		private String deliverable;

		public Long getApplicationId() {
			return applicationId;
		}

		public void setApplicationId(Long applicationId) {
			this.applicationId = applicationId;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public LocalDate getDueOn() {
			return dueOn;
		}

		public void setDueOn(LocalDate dueOn) {
			this.dueOn = dueOn;
		}

		public String getDeliverable() {
			return deliverable;
		}

		public void setDeliverable(String deliverable) {
			this.deliverable = deliverable;
		}
	}

	public static class AcceptanceForm {

		private String outcome;
		private String report;

		public String getOutcome() {
			return outcome;
		}

		public void setOutcome(String outcome) {
			this.outcome = outcome;
		}

		public String getReport() {
			return report;
		}

		public void setReport(String report) {
			this.report = report;
		}
	}

	public static class ReportForm {

		private Long milestoneId;
		private String summary;

		public Long getMilestoneId() {
			return milestoneId;
		}

		public void setMilestoneId(Long milestoneId) {
			this.milestoneId = milestoneId;
		}

		public String getSummary() {
			return summary;
		}

		public void setSummary(String summary) {
			this.summary = summary;
		}
	}
}
