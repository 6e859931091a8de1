package org.usertasks.webhook;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.usertasks.system.InvalidRequestException;
import org.usertasks.system.Timestamps;

/**
 * Managing webhooks and reading their delivery log.
 */
@Service
class WebhookService {

	private final WebhookRepository webhooks;

	private final DeliveryRepository deliveries;

	private final WebhookUrlPolicy urls;

	private final Clock clock;

	WebhookService(WebhookRepository webhooks, DeliveryRepository deliveries, WebhookUrlPolicy urls, Clock clock) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.urls = urls;
		this.clock = clock;
	}

	/**
	 * The details a create or an update gives; the uid and the timestamps come from
	 * elsewhere.
	 */
	record WebhookDetails(@Nullable String title, String url, boolean active, @Nullable String secret,
			List<String> enabledEvents, @Nullable String advancedSettings, List<Webhook.Header> requestHeaders) {
	}

	@Transactional
	Webhook create(@Nullable UUID uid, WebhookDetails details) {
		checkUrl(details.url());
		UUID id = (uid != null) ? uid : UUID.randomUUID();
		if (this.webhooks.exists(id)) {
			throw new WebhookAlreadyExistsException(id);
		}
		OffsetDateTime now = Timestamps.now(this.clock);
		Webhook webhook = toWebhook(id, details, details.secret(), now, now);
		this.webhooks.insert(webhook);
		return webhook;
	}

	/**
	 * Replaces the webhook; a null secret keeps the current one, as GET never shows it to
	 * send back.
	 */
	@Transactional
	void update(UUID uid, WebhookDetails details) {
		checkUrl(details.url());
		Webhook current = get(uid);
		String secret = (details.secret() != null) ? details.secret() : current.secret();
		this.webhooks.update(toWebhook(uid, details, secret, current.created(), Timestamps.now(this.clock)));
	}

	@Transactional
	void delete(UUID uid) {
		if (!this.webhooks.delete(uid)) {
			throw new WebhookNotFoundException("webhook", uid);
		}
	}

	@Transactional(readOnly = true)
	Webhook get(UUID uid) {
		return this.webhooks.find(uid).orElseThrow(() -> new WebhookNotFoundException("webhook", uid));
	}

	@Transactional(readOnly = true)
	List<Webhook> list() {
		return this.webhooks.findAll();
	}

	@Transactional(readOnly = true)
	List<Delivery> log(UUID webhookUid, @Nullable OffsetDateTime since, boolean onlyFailed, int page) {
		get(webhookUid);
		return this.deliveries.log(webhookUid, since, onlyFailed, page);
	}

	@Transactional(readOnly = true)
	Delivery delivery(UUID webhookUid, UUID uid) {
		return this.deliveries.find(webhookUid, uid)
			.orElseThrow(() -> new WebhookNotFoundException("webhook request", uid));
	}

	/**
	 * Sends a finished delivery again, with the same X-Request-UID; one still on its way
	 * is left as it is.
	 */
	@Transactional
	Delivery redeliver(UUID webhookUid, UUID uid) {
		delivery(webhookUid, uid);
		this.deliveries.redeliver(uid, Timestamps.now(this.clock));
		return delivery(webhookUid, uid);
	}

	private void checkUrl(String url) {
		String refusal = this.urls.refusal(url);
		if (refusal != null) {
			throw new InvalidRequestException("Url", refusal);
		}
	}

	private static Webhook toWebhook(UUID uid, WebhookDetails details, @Nullable String secret, OffsetDateTime created,
			OffsetDateTime lastModified) {
		return new Webhook(uid, details.title(), details.url(), details.active(), secret,
				List.copyOf(details.enabledEvents()), details.advancedSettings(), List.copyOf(details.requestHeaders()),
				created, lastModified);
	}

}
