package org.usertasks.identity;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.usertasks.system.FormFailure;
import org.usertasks.system.InvalidRequestException;
import org.usertasks.system.WebPage;

/**
 * The API keys admin page: the keys (never their secrets), a form to issue one, whose
 * answer shows the new key once, and revoking. The service refuses to revoke the last
 * working admin key.
 */
@WebPage
@RequestMapping("/admin/apikeys")
class ApiKeyAdminPages {

	private final ApiKeyService keys;

	private final UserService users;

	ApiKeyAdminPages(ApiKeyService keys, UserService users) {
		this.keys = keys;
		this.users = users;
	}

	@GetMapping
	ModelAndView list() {
		return listPage();
	}

	/**
	 * Answers the page with the new key; only its hash is stored, so it is shown once.
	 */
	@PostMapping
	ModelAndView create(@RequestParam(defaultValue = "") String userId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "false") boolean admin) {
		try {
			if (name.length() > 200) {
				throw new InvalidRequestException("Name", "must be at most 200 characters");
			}
			ApiKeyService.IssuedKey issued = this.keys.create(userId, name.isBlank() ? null : name.trim(), admin);
			return listPage().addObject("issued", issued);
		}
		catch (RuntimeException ex) {
			return FormFailure.of(ex).showOn(listPage().addObject("name", name));
		}
	}

	@PostMapping("/{uid}/revoke")
	ModelAndView revoke(@PathVariable UUID uid, RedirectAttributes redirect) {
		try {
			this.keys.revoke(uid);
			redirect.addFlashAttribute("notice", "The key was revoked; it no longer works.");
			return new ModelAndView("redirect:/admin/apikeys");
		}
		catch (RuntimeException ex) {
			return FormFailure.of(ex).showOn(listPage());
		}
	}

	private ModelAndView listPage() {
		ModelAndView page = new ModelAndView("admin/apikeys");
		page.addObject("keys", this.keys.list());
		page.addObject("users", this.users.list());
		return page;
	}

}
