package org.usertasks.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.usertasks.system.WebPage;

/**
 * Every web page knows who is signed in ({@code me}), for the navigation and for showing
 * what is theirs, and which part of the top bar's navigation it belongs to
 * ({@code navSection}), so that screen readers hear which item is current.
 */
@ControllerAdvice(annotations = WebPage.class)
class SignedInUserModel {

	@ModelAttribute("me")
	@Nullable CurrentUser me(@AuthenticationPrincipal @Nullable CurrentUser me) {
		return me;
	}

	/**
	 * The navigation item the page belongs to: inbox, new-task, users, groups, apikeys,
	 * webhooks, account, or null for pages outside the navigation.
	 */
	@ModelAttribute("navSection")
	@Nullable String navSection(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/")) {
			return "inbox";
		}
		if (path.equals("/tasks/new")) {
			return "new-task";
		}
		if (path.equals("/account") || path.startsWith("/account/")) {
			return "account";
		}
		for (String section : new String[] { "users", "groups", "apikeys", "webhooks" }) {
			if (path.equals("/admin/" + section) || path.startsWith("/admin/" + section + "/")) {
				return section;
			}
		}
		return null;
	}

}
