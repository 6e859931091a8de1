package org.usertasks.webhook;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.usertasks.system.AlreadyExistsException;
import org.usertasks.system.FormFailure;
import org.usertasks.system.InvalidRequestException;
import org.usertasks.system.WebPage;

/**
 * The webhooks admin pages: the list, and the form to create or edit a webhook. The
 * secret is write-only: the form never shows it, and leaving it blank keeps it.
 */
@WebPage
@RequestMapping("/admin/webhooks")
class WebhookAdminPages {

	private final WebhookService webhooks;

	WebhookAdminPages(WebhookService webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("webhooks", this.webhooks.list());
		return "admin/webhooks";
	}

	@GetMapping("/new")
	ModelAndView newWebhook() {
		return formPage(null, WebhookForm.empty());
	}

	@PostMapping
	ModelAndView create(@ModelAttribute WebhookForm form, RedirectAttributes redirect) {
		try {
			Webhook webhook = this.webhooks.create(null, form.details(null));
			redirect.addFlashAttribute("notice", "The webhook was created.");
			return new ModelAndView("redirect:/admin/webhooks/" + webhook.uid());
		}
		catch (InvalidRequestException | AlreadyExistsException ex) {
			return FormFailure.of(ex).showOn(formPage(null, form));
		}
	}

	@GetMapping("/{uid}/edit")
	ModelAndView edit(@PathVariable UUID uid) {
		Webhook webhook = this.webhooks.get(uid);
		return formPage(webhook, WebhookForm.of(webhook));
	}

	@PostMapping("/{uid}")
	ModelAndView update(@PathVariable UUID uid, @ModelAttribute WebhookForm form, RedirectAttributes redirect) {
		Webhook current = this.webhooks.get(uid);
		try {
			this.webhooks.update(uid, form.details(current.advancedSettings()));
			redirect.addFlashAttribute("notice", "Your changes were saved.");
			return new ModelAndView("redirect:/admin/webhooks/" + uid);
		}
		catch (InvalidRequestException ex) {
			return FormFailure.of(ex).showOn(formPage(current, form));
		}
	}

	@PostMapping("/{uid}/delete")
	String delete(@PathVariable UUID uid, RedirectAttributes redirect) {
		this.webhooks.delete(uid);
		redirect.addFlashAttribute("notice", "The webhook was deleted.");
		return "redirect:/admin/webhooks";
	}

	private static ModelAndView formPage(@Nullable Webhook webhook, WebhookForm form) {
		ModelAndView page = new ModelAndView("admin/webhook-form");
		page.addObject("webhook", webhook);
		page.addObject("form", form);
		return page;
	}

}
