package org.usertasks.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.usertasks.event.EventOutbox;
import org.usertasks.system.InvalidRequestException;

/**
 * Struct's webhook endpoints (admins only): subscriptions, and the log of their requests.
 * Creates, updates and deletes answer 200 with an empty body, as Struct does; a webhook's
 * secret is never shown.
 */
@RestController
@RequestMapping("/v1/webhooks")
class WebhookController {

	private final WebhookService webhooks;

	private final EventOutbox outbox;

	private final JsonMapper json;

	WebhookController(WebhookService webhooks, EventOutbox outbox, JsonMapper json) {
		this.webhooks = webhooks;
		this.outbox = outbox;
		this.json = json;
	}

	@GetMapping
	List<WebhookModel> list() {
		return this.webhooks.list().stream().map(this::model).toList();
	}

	@GetMapping("/{uid}")
	WebhookModel get(@PathVariable UUID uid) {
		return model(this.webhooks.get(uid));
	}

	@PostMapping
	void create(@Valid @RequestBody WebhookModel body) {
		this.webhooks.create(body.uid(), body.details());
	}

	@PutMapping
	void update(@Valid @RequestBody WebhookModel body) {
		if (body.uid() == null) {
			throw new InvalidRequestException("Uid", "is required to name the webhook to update");
		}
		this.webhooks.update(body.uid(), body.details());
	}

	@DeleteMapping("/{uid}")
	void delete(@PathVariable UUID uid) {
		this.webhooks.delete(uid);
	}

	@GetMapping("/{webhookUid}/requests")
	List<RequestModel> requests(@PathVariable UUID webhookUid,
			@RequestParam(required = false) @Nullable OffsetDateTime since,
			@RequestParam(defaultValue = "false") boolean onlyFailed,
			@RequestParam(defaultValue = "1") @Min(1) int page) {
		return this.webhooks.log(webhookUid, since, onlyFailed, page)
			.stream()
			.map((delivery) -> RequestModel.from(delivery, null))
			.toList();
	}

	@GetMapping("/{webhookUid}/requests/{requestUid}")
	RequestModel request(@PathVariable UUID webhookUid, @PathVariable UUID requestUid) {
		Delivery delivery = this.webhooks.delivery(webhookUid, requestUid);
		return RequestModel.from(delivery, payload(delivery));
	}

	@PostMapping("/{webhookUid}/requests/{requestUid}/redeliver")
	RequestModel redeliver(@PathVariable UUID webhookUid, @PathVariable UUID requestUid) {
		Delivery delivery = this.webhooks.redeliver(webhookUid, requestUid);
		return RequestModel.from(delivery, payload(delivery));
	}

	private @Nullable JsonNode payload(Delivery delivery) {
		return this.outbox.at(delivery.eventId()).map((event) -> this.json.readTree(event.payload())).orElse(null);
	}

	private WebhookModel model(Webhook webhook) {
		JsonNode settings = (webhook.advancedSettings() != null) ? this.json.readTree(webhook.advancedSettings())
				: null;
		return new WebhookModel(webhook.uid(), webhook.title(), webhook.url(), webhook.active(), null,
				webhook.enabledEvents(), settings,
				webhook.requestHeaders()
					.stream()
					.map((header) -> new HeaderModel(header.name(), header.value()))
					.toList());
	}

	/**
	 * Struct's WebhookModel. {@code Secret} is accepted on create and update and always
	 * answered as null.
	 */
	record WebhookModel(@Nullable UUID uid, @Nullable @Size(max = 200) String title,
			@NotBlank @Size(max = 2000) String url, @Nullable Boolean active, @Nullable @Size(max = 500) String secret,
			@Nullable @Size(max = 100) List<@NotBlank @Size(max = 100) String> enabledEvents,
			@Nullable JsonNode advancedSettings,
			@Nullable @Size(max = 50) List<@NotNull @Valid HeaderModel> requestHeaders) {

		WebhookService.WebhookDetails details() {
			return new WebhookService.WebhookDetails(this.title, this.url.trim(), !Boolean.FALSE.equals(this.active),
					this.secret, (this.enabledEvents != null) ? this.enabledEvents : List.of(),
					(this.advancedSettings != null) ? this.advancedSettings.toString() : null,
					(this.requestHeaders != null) ? this.requestHeaders.stream()
						.map((header) -> new Webhook.Header(header.name(), header.value()))
						.toList() : List.of());
		}

	}

	/** A header sent with every delivery; names are HTTP tokens. */
	record HeaderModel(@NotBlank @Size(max = 200) @Pattern(regexp = "[!#$%&'*+.^_`|~0-9A-Za-z-]+",
			message = "must be an HTTP header name") String name, @NotNull @Size(max = 4000) String value) {
	}

	/** One request of the delivery log: what was sent when, and what came back. */
	record RequestModel(UUID uid, UUID webhookUid, String event, @Nullable UUID taskUid, String state, int attempts,
			OffsetDateTime created, @Nullable OffsetDateTime finished, @Nullable OffsetDateTime nextAttempt,
			@Nullable Integer statusCode, @Nullable Long durationMs, @Nullable String responseExcerpt,
			@Nullable String error, @Nullable JsonNode payload) {

		static RequestModel from(Delivery delivery, @Nullable JsonNode payload) {
			boolean waiting = delivery.state().equals(Delivery.PENDING);
			return new RequestModel(delivery.uid(), delivery.webhookUid(), delivery.eventName(), delivery.taskUid(),
					delivery.state(), delivery.attempts(), delivery.created(), delivery.finished(),
					waiting ? delivery.nextAttemptAt() : null, delivery.statusCode(), delivery.durationMs(),
					delivery.responseExcerpt(), delivery.error(), payload);
		}

	}

}
