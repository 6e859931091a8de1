package org.usertasks.identity;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.usertasks.system.WebPage;

/**
 * Every web page knows who is signed in ({@code me}), for the navigation and for showing
 * what is theirs.
 */
@ControllerAdvice(annotations = WebPage.class)
class SignedInUserModel {

	@ModelAttribute("me")
	@Nullable CurrentUser me(@AuthenticationPrincipal @Nullable CurrentUser me) {
		return me;
	}

}
