package org.opentechmarket.trading.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Money;
import org.opentechmarket.trading.domain.Instalment;
import org.opentechmarket.trading.domain.PaymentPlan;
import org.opentechmarket.trading.domain.PlanKind;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The payment plan part of a page form. Only the fields of the chosen kind are read (the page shows them all); instalment
 * rows left empty at the end are ignored.
 */
public class PlanForm {

	static final int ROWS = 6;

	private PlanKind kind = PlanKind.LUMP_SUM;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;
	private List<InstalmentRow> instalments = new ArrayList<>();
	private String entryFee;
	private String royaltyRate;
	private String royaltyBase;

	public PlanForm() {
		fill();
	}

	public static class InstalmentRow {

		private String amount;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueDate;

		public String getAmount() {
			return amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

		public LocalDate getDueDate() {
			return dueDate;
		}

		public void setDueDate(LocalDate dueDate) {
			this.dueDate = dueDate;
		}

		boolean blank() {
			return (amount == null || amount.isBlank()) && dueDate == null;
		}
	}

	/** At least {@value #ROWS} rows on the page. */
	void fill() {
		while (instalments.size() < ROWS) {
			instalments.add(new InstalmentRow());
		}
	}

	PaymentPlan toPlan(List<FieldViolation> violations) {
		if (kind == null) {
			return null;
		}
		List<Instalment> list = new ArrayList<>();
		if (kind == PlanKind.INSTALMENTS) {
			int last = instalments.size() - 1;
			while (last >= 0 && instalments.get(last).blank()) {
				last--;
			}
			for (int i = 0; i <= last; i++) {
				InstalmentRow r = instalments.get(i);
				list.add(new Instalment(Json.amount(r.getAmount(), "plan.instalments[" + i + "].amount", violations),
						r.getDueDate()));
			}
		}
		boolean due = kind == PlanKind.LUMP_SUM || kind == PlanKind.ENTRY_FEE_ROYALTY;
		BigDecimal fee = kind == PlanKind.ENTRY_FEE_ROYALTY ? Json.amount(entryFee, "plan.entryFee", violations) : null;
		BigDecimal rate = kind.hasRoyalty() ? Json.amount(royaltyRate, "plan.royaltyRate", violations) : null;
		return new PaymentPlan(kind, due ? dueDate : null, list, fee, rate, kind.hasRoyalty() ? royaltyBase : null);
	}

	static PlanForm of(PaymentPlan p) {
		PlanForm f = new PlanForm();
		if (p == null) {
			return f;
		}
		f.kind = p.kind();
		f.dueDate = p.dueDate();
		f.instalments = new ArrayList<>();
		for (Instalment i : p.instalments()) {
			InstalmentRow r = new InstalmentRow();
			r.setAmount(Money.text(i.amount()));
			r.setDueDate(i.dueDate());
			f.instalments.add(r);
		}
		f.fill();
		f.entryFee = Money.text(p.entryFee());
		f.royaltyRate = p.royaltyRate() == null ? null : p.royaltyRate().stripTrailingZeros().toPlainString();
		f.royaltyBase = p.royaltyBase();
		return f;
	}

	public PlanKind getKind() {
		return kind;
	}

	public void setKind(PlanKind kind) {
		this.kind = kind;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public List<InstalmentRow> getInstalments() {
		return instalments;
	}

	public void setInstalments(List<InstalmentRow> instalments) {
		this.instalments = instalments;
	}

	public String getEntryFee() {
		return entryFee;
	}

	public void setEntryFee(String entryFee) {
		this.entryFee = entryFee;
	}

	public String getRoyaltyRate() {
		return royaltyRate;
	}

	public void setRoyaltyRate(String royaltyRate) {
		this.royaltyRate = royaltyRate;
	}

	public String getRoyaltyBase() {
		return royaltyBase;
	}

	public void setRoyaltyBase(String royaltyBase) {
		this.royaltyBase = royaltyBase;
	}
}
