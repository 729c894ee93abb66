package org.opentechmarket.trading.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;

/**
 * A formal offer as a side writes it: price in yuan, trade terms (method; for a licence its mode, term and territory), the
 * proposed payment plan, free terms text, the last day it may be accepted, and an optional note for the thread.
 */
public record OfferDraft(BigDecimal price, TradeMethod method, LicenceMode licenceMode, String term, String territory,
		PaymentPlan plan, String termsText, LocalDate validUntil, String note) {
}
