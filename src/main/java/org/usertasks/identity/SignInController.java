package org.usertasks.identity;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.usertasks.system.InvalidRequestException;
import org.usertasks.system.WebPage;

/**
 * The sign-in page, invite links that let a person choose a password, and the account
 * page where they change it. Spring Security itself checks the posted sign-in.
 */
@WebPage
class SignInController {

	private final SignInService signIn;

	SignInController(SignInService signIn) {
		this.signIn = signIn;
	}

	@GetMapping("/login")
	String signInPage(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String locked,
			@RequestParam(required = false) @Nullable String signedOut,
			@RequestParam(required = false) @Nullable String passwordSet, HttpServletRequest request, Model model) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		if (error != null) {
			model.addAttribute("failure", "Wrong user or password.");
		}
		if (locked != null) {
			model.addAttribute("failure", lastFailure(request).orElse("Too many failed sign-ins. Try again later."));
		}
		if (signedOut != null) {
			model.addAttribute("notice", "You are signed out.");
		}
		if (passwordSet != null) {
			model.addAttribute("notice", "Your password is set. Sign in with it now.");
		}
		return "signin/sign-in";
	}

	@GetMapping("/invite/{token}")
	String invitePage(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("userId", this.signIn.inviteeOf(token).orElse(null));
		model.addAttribute("minLength", this.signIn.minPasswordLength());
		return "signin/invite";
	}

	@PostMapping("/invite/{token}")
	ModelAndView acceptInvite(@PathVariable String token, @RequestParam String password, @RequestParam String confirm) {
		ModelAndView page = new ModelAndView("signin/invite");
		page.addObject("token", token);
		page.addObject("minLength", this.signIn.minPasswordLength());
		Optional<String> invitee = this.signIn.inviteeOf(token);
		page.addObject("userId", invitee.orElse(null));
		if (invitee.isEmpty()) {
			page.setStatus(HttpStatus.NOT_FOUND);
			return page;
		}
		try {
			if (!password.equals(confirm)) {
				throw new InvalidRequestException("confirm", "The two passwords differ.");
			}
			if (this.signIn.redeem(token, password).isEmpty()) {
				page.addObject("userId", null);
				page.setStatus(HttpStatus.NOT_FOUND);
				return page;
			}
		}
		catch (InvalidRequestException ex) {
			page.addObject("error", message(ex));
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		return new ModelAndView("redirect:/login?passwordSet");
	}

	@GetMapping("/account")
	String account(Model model) {
		model.addAttribute("minLength", this.signIn.minPasswordLength());
		return "signin/account";
	}

	@PostMapping("/account/password")
	ModelAndView changePassword(@AuthenticationPrincipal CurrentUser me, @RequestParam String current,
			@RequestParam String password, @RequestParam String confirm) {
		ModelAndView page = new ModelAndView("signin/account");
		page.addObject("minLength", this.signIn.minPasswordLength());
		try {
			if (!password.equals(confirm)) {
				throw new InvalidRequestException("confirm", "The two new passwords differ.");
			}
			this.signIn.changePassword(me.userId(), current, password);
			page.addObject("changed", true);
		}
		catch (InvalidRequestException ex) {
			page.addObject("error", message(ex));
			page.setStatus(HttpStatus.BAD_REQUEST);
		}
		return page;
	}

	private static String message(InvalidRequestException ex) {
		String message = ex.problems().get(0).message();
		return ex.problems().get(0).field().equals("Password") ? "The password " + message + "." : message;
	}

	private static Optional<String> lastFailure(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return Optional.empty();
		}
		Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		return (failure instanceof LockedException ex) ? Optional.ofNullable(ex.getMessage()) : Optional.empty();
	}

}
