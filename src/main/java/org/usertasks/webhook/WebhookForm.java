package org.usertasks.webhook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.usertasks.event.EventNames;
import org.usertasks.system.FieldProblem;
import org.usertasks.system.InvalidRequestException;

/**
 * The webhook form as posted: events as the checked boxes, request headers as rows of
 * name and value (rows without a name are left out), and the secret write-only.
 *
 * @param active null when the box is not checked
 * @param secret blank keeps the stored secret on edit, and means none on create
 */
record WebhookForm(@Nullable String title, @Nullable String url, @Nullable Boolean active, @Nullable String secret,
		@Nullable List<String> events, @Nullable List<String> headerNames, @Nullable List<String> headerValues) {

	/** Empty header rows the form offers for adding headers. */
	static final int EMPTY_HEADER_ROWS = 3;

	private static final String HEADER_NAME = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";

	static WebhookForm empty() {
		return new WebhookForm(null, null, true, null, List.of(EventNames.ALL), List.of(), List.of());
	}

	static WebhookForm of(Webhook webhook) {
		return new WebhookForm(webhook.title(), webhook.url(), webhook.active(), null, webhook.enabledEvents(),
				webhook.requestHeaders().stream().map(Webhook.Header::name).toList(),
				webhook.requestHeaders().stream().map(Webhook.Header::value).toList());
	}

	/** Public, as templates call it. */
	public boolean hasEvent(String event) {
		return this.events != null && this.events.contains(event);
	}

	/** The events to offer: all known ones, then any others the webhook has. */
	public List<String> eventChoices() {
		Set<String> choices = new LinkedHashSet<>();
		choices.add(EventNames.ALL);
		choices.addAll(EventNames.TASK_EVENTS);
		if (this.events != null) {
			choices.addAll(this.events);
		}
		return List.copyOf(choices);
	}

	/** The headers typed, then a few empty rows. */
	public List<Webhook.Header> headerRows() {
		List<Webhook.Header> rows = new ArrayList<>(headers(false));
		for (int i = 0; i < EMPTY_HEADER_ROWS; i++) {
			rows.add(new Webhook.Header("", ""));
		}
		return rows;
	}

	/**
	 * What the service stores.
	 * @param advancedSettings kept from the stored webhook; the form does not edit them
	 */
	WebhookService.WebhookDetails details(@Nullable String advancedSettings) {
		List<FieldProblem> problems = new ArrayList<>();
		String trimmedUrl = (this.url != null) ? this.url.trim() : "";
		if (trimmedUrl.isEmpty() || trimmedUrl.length() > 2000) {
			problems.add(new FieldProblem("URL", "must be 1 to 2000 characters"));
		}
		if (this.title != null && this.title.trim().length() > 200) {
			problems.add(new FieldProblem("Title", "must be at most 200 characters"));
		}
		if (this.secret != null && this.secret.length() > 500) {
			problems.add(new FieldProblem("Secret", "must be at most 500 characters"));
		}
		List<Webhook.Header> headers = headers(true);
		for (Webhook.Header header : headers) {
			if (!header.name().matches(HEADER_NAME) || header.name().length() > 200) {
				problems.add(new FieldProblem("Request headers",
						"'" + header.name() + "' is not an HTTP header name (letters, digits and - only)"));
			}
			if (header.value().length() > 4000) {
				problems.add(new FieldProblem("Request headers", "the value of " + header.name() + " is too long"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		String title = (this.title == null || this.title.isBlank()) ? null : this.title.trim();
		String secret = (this.secret == null || this.secret.isEmpty()) ? null : this.secret;
		return new WebhookService.WebhookDetails(title, trimmedUrl, Boolean.TRUE.equals(this.active), secret,
				(this.events != null) ? List.copyOf(new LinkedHashSet<>(this.events)) : List.of(), advancedSettings,
				headers);
	}

	private List<Webhook.Header> headers(boolean trimmed) {
		List<String> names = (this.headerNames != null) ? this.headerNames : List.of();
		List<String> values = (this.headerValues != null) ? this.headerValues : List.of();
		List<Webhook.Header> headers = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			String name = trimmed ? names.get(i).trim() : names.get(i);
			if (!name.isBlank()) {
				headers.add(new Webhook.Header(name, (i < values.size()) ? values.get(i) : ""));
			}
		}
		return headers;
	}

}
