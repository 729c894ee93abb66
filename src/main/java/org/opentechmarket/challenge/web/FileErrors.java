package org.opentechmarket.challenge.web;

import org.opentechmarket.platform.DomainException;

/** An upload refused with one message (and at most one argument), carried to the page after the redirect. */
public record FileErrors(String code, Object arg) {

	static FileErrors of(DomainException e) {
		if (e.violations().isEmpty()) {
			return new FileErrors(e.code(), e.args().length == 0 ? "" : e.args()[0]);
		}
		var v = e.violations().get(0);
		return new FileErrors(v.code(), v.args().isEmpty() ? "" : v.args().get(0));
	}
}
