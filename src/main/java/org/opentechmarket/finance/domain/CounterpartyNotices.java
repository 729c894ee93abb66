package org.opentechmarket.finance.domain;

import java.util.List;

import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.Inbox;
import org.springframework.stereotype.Component;

/**
 * Tells the members of a record's counterparty (borrower, insured, investee) in their inbox that a financial institution
 * recorded or changed something about them, with a link to the record they may read.
 */
@Component
class CounterpartyNotices {

	private final UserAccounts users;
	private final Inbox inbox;

	CounterpartyNotices(UserAccounts users, Inbox inbox) {
		this.users = users;
		this.inbox = inbox;
	}

	void tell(long organisationId, String messageKey, List<String> arguments, String link) {
		for (CurrentUser member : users.members(organisationId)) {
			inbox.deliver(member.id(), messageKey, arguments, link);
		}
	}
}
