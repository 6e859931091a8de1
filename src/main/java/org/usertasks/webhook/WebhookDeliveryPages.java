package org.usertasks.webhook;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.usertasks.event.EventOutbox;
import org.usertasks.system.WebPage;

/**
 * A webhook's admin page with its delivery log (newest first, optionally only the failed
 * requests, 100 a page), one request with what was sent and what came back, and sending a
 * request again.
 */
@WebPage
@RequestMapping("/admin/webhooks/{uid}")
class WebhookDeliveryPages {

	/** As many requests as {@link DeliveryRepository#log} answers a page. */
	private static final int PAGE_SIZE = 100;

	private final WebhookService webhooks;

	private final EventOutbox outbox;

	private final JsonMapper json;

	WebhookDeliveryPages(WebhookService webhooks, EventOutbox outbox, JsonMapper json) {
		this.webhooks = webhooks;
		this.outbox = outbox;
		this.json = json;
	}

	@GetMapping
	String show(@PathVariable UUID uid, @RequestParam(defaultValue = "false") boolean onlyFailed,
			@RequestParam(defaultValue = "1") int page, Model model) {
		int current = Math.max(1, page);
		List<Delivery> log = this.webhooks.log(uid, null, onlyFailed, current);
		model.addAttribute("webhook", this.webhooks.get(uid));
		model.addAttribute("log", log);
		model.addAttribute("onlyFailed", onlyFailed);
		model.addAttribute("page", current);
		model.addAttribute("hasNext", log.size() == PAGE_SIZE);
		return "admin/webhook";
	}

	@GetMapping("/requests/{requestUid}")
	ModelAndView request(@PathVariable UUID uid, @PathVariable UUID requestUid) {
		return requestPage(uid, this.webhooks.delivery(uid, requestUid));
	}

	/**
	 * Queues the request to be sent again; the page shows its state right after, and a
	 * reload shows how it went.
	 */
	@PostMapping("/requests/{requestUid}/redeliver")
	ModelAndView redeliver(@PathVariable UUID uid, @PathVariable UUID requestUid) {
		Delivery before = this.webhooks.delivery(uid, requestUid);
		Delivery after = this.webhooks.redeliver(uid, requestUid);
		boolean queued = after.state().equals(Delivery.PENDING) && !before.state().equals(Delivery.PENDING);
		return requestPage(uid, after).addObject("notice", queued
				? "The request was queued to be sent again, with the same X-Request-UID. Reload to see how it went."
				: "The request is still on its way, so it was left as it is (" + after.state() + ").");
	}

	private ModelAndView requestPage(UUID uid, Delivery delivery) {
		ModelAndView page = new ModelAndView("admin/webhook-request");
		page.addObject("webhook", this.webhooks.get(uid));
		page.addObject("delivery", delivery);
		page.addObject("payload", payload(delivery));
		return page;
	}

	/** The payload as sent, laid out for reading; null when the event is forgotten. */
	private @Nullable String payload(Delivery delivery) {
		return this.outbox.at(delivery.eventId())
			.map((event) -> this.json.writerWithDefaultPrettyPrinter()
				.writeValueAsString(this.json.readTree(event.payload())))
			.orElse(null);
	}

}
