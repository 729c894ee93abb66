package org.opentechmarket.trading.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One instalment (分期) of a payment plan: amount in yuan and the date it is due. */
@Embeddable
public record Instalment(@Column(name = "amount") BigDecimal amount, @Column(name = "due_date") LocalDate dueDate) {
}
