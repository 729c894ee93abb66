package org.opentechmarket.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.Inbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** Adds the inbox's unread count to every page a signed-in user sees; API calls and redirects do not pay for it. */
class UnreadCountInterceptor implements HandlerInterceptor {

	private final ObjectProvider<Inbox> inbox;

	UnreadCountInterceptor(ObjectProvider<Inbox> inbox) {
		this.inbox = inbox;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
		if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			view.addObject("inboxUnread", inbox.getObject().unread(user.id()));
		}
	}
}
