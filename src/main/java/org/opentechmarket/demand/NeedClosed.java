package org.opentechmarket.demand;

/** A public need ended (solved, withdrawn or expired): it leaves the matching index and stops collecting matches. */
public record NeedClosed(long needId, NeedStatus status) {
}
