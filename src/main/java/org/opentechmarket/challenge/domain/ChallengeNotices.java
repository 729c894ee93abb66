package org.opentechmarket.challenge.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.Inbox;
import org.opentechmarket.platform.Role;
import org.springframework.stereotype.Component;

/** Inbox messages to the parties of a challenge: the poster side, applicants, winners, administrators. */
@Component
public class ChallengeNotices {

	private final UserAccounts users;
	private final Inbox inbox;

	public ChallengeNotices(UserAccounts users, Inbox inbox) {
		this.users = users;
		this.inbox = inbox;
	}

	/** The poster organisation's enterprise members and administrators, and whoever posted the call. */
	public Set<Long> posterSide(Challenge c) {
		Set<Long> ids = new LinkedHashSet<>();
		for (CurrentUser member : users.members(c.getPosterOrganisationId())) {
			if (member.has(Role.ENTERPRISE) || member.isAdmin()) {
				ids.add(member.id());
			}
		}
		users.loadUser(c.getPostedBy()).filter(CurrentUser::isEnabled).ifPresent(u -> ids.add(u.id()));
		return ids;
	}

	/** The applicant organisation's members who act for it, and whoever submitted the application. */
	public Set<Long> applicantSide(ChallengeApplication a) {
		Set<Long> ids = new LinkedHashSet<>();
		for (CurrentUser member : users.members(a.getApplicantOrganisationId())) {
			if (member.has(Role.INSTITUTION)) {
				ids.add(member.id());
			}
		}
		users.loadUser(a.getSubmittedBy()).filter(CurrentUser::isEnabled).ifPresent(u -> ids.add(u.id()));
		return ids;
	}

	public Set<Long> administrators() {
		Set<Long> ids = new LinkedHashSet<>();
		users.usersWithRole(Role.ADMIN).forEach(u -> ids.add(u.id()));
		return ids;
	}

	public void send(Collection<Long> recipients, String key, List<String> args, String link) {
		new LinkedHashSet<>(recipients).forEach(id -> inbox.deliver(id, key, args, link));
	}

	public static String page(Challenge c) {
		return "/challenges/" + c.getId();
	}

	public static String manage(Challenge c) {
		return "/my/challenges/" + c.getId();
	}

	public static String application(ChallengeApplication a) {
		return "/challenges/applications/" + a.getId();
	}
}
