package org.usertasks.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.usertasks.event.EventOutbox;
import org.usertasks.event.OutboxEvent;
import org.usertasks.system.DaemonThreads;
import org.usertasks.system.Timestamps;

/**
 * Sends due deliveries: every {@code poll-interval} it takes what this instance can send
 * (at most {@code concurrency} at once, and two per webhook, so one slow receiver cannot
 * hold up the others), POSTs each signed event, and records the answer. Network errors,
 * 408, 429 and 5xx are retried with exponential back-off and jitter (or after the
 * receiver's Retry-After) for {@code retry-for}; then, or on any other answer, the
 * delivery is failed. Requests never run inside a database transaction, and never on the
 * API's threads.
 */
@Component
class WebhookDispatcher {

	static final int MAX_IN_FLIGHT_PER_WEBHOOK = 2;

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	private static final int EXCERPT_LENGTH = 1000;

	private final DeliveryRepository deliveries;

	private final WebhookRepository webhooks;

	private final EventOutbox outbox;

	private final WebhookUrlPolicy urls;

	private final WebhookProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final HttpClient http;

	private final ExecutorService senders;

	private final ScheduledExecutorService poller;

	private final Semaphore slots;

	private final Map<UUID, AtomicInteger> inFlight = new ConcurrentHashMap<>();

	WebhookDispatcher(DeliveryRepository deliveries, WebhookRepository webhooks, EventOutbox outbox,
			WebhookUrlPolicy urls, WebhookProperties properties, TransactionTemplate transactions, Clock clock) {
		this.deliveries = deliveries;
		this.webhooks = webhooks;
		this.outbox = outbox;
		this.urls = urls;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.senders = Executors.newFixedThreadPool(properties.concurrency(), DaemonThreads.named("webhook-sender"));
		this.poller = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("webhook-poller"));
		this.slots = new Semaphore(properties.concurrency());
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		long interval = this.properties.pollInterval().toMillis();
		this.poller.scheduleWithFixedDelay(this::pollSafely, interval, interval, TimeUnit.MILLISECONDS);
	}

	@PreDestroy
	void stop() {
		this.poller.shutdownNow();
		this.senders.shutdownNow();
	}

	private void pollSafely() {
		try {
			dispatchDue();
		}
		catch (RuntimeException ex) {
			log.warn("Webhook dispatch failed; it will be tried again", ex);
		}
	}

	/** Takes and sends what is due now; answers how many deliveries it took. */
	int dispatchDue() {
		OffsetDateTime now = Timestamps.now(this.clock);
		this.deliveries.releaseExpiredLeases(now);
		List<Delivery> taken = this.transactions.execute((status) -> take(now));
		for (Delivery delivery : (taken != null) ? taken : List.<Delivery>of()) {
			this.senders.execute(() -> {
				try {
					send(delivery);
				}
				finally {
					this.inFlight.get(delivery.webhookUid()).decrementAndGet();
					this.slots.release();
				}
			});
		}
		return (taken != null) ? taken.size() : 0;
	}

	private List<Delivery> take(OffsetDateTime now) {
		List<Delivery> chosen = new ArrayList<>();
		for (Delivery due : this.deliveries.lockDue(now, this.properties.batchSize())) {
			AtomicInteger count = this.inFlight.computeIfAbsent(due.webhookUid(), (uid) -> new AtomicInteger());
			if (count.get() >= MAX_IN_FLIGHT_PER_WEBHOOK || !this.slots.tryAcquire()) {
				continue;
			}
			count.incrementAndGet();
			chosen.add(due);
		}
		// The lease covers the request and its recording, so a live instance never loses
		// it.
		this.deliveries.lease(chosen.stream().map(Delivery::uid).toList(),
				now.plus(this.properties.timeout().multipliedBy(3)));
		return chosen;
	}

	private void send(Delivery delivery) {
		Optional<Webhook> webhook = this.webhooks.find(delivery.webhookUid());
		Optional<OutboxEvent> event = this.outbox.at(delivery.eventId());
		if (webhook.isEmpty()) {
			// Deleted meanwhile: its deliveries went with it.
			return;
		}
		if (event.isEmpty()) {
			finish(delivery, Delivery.FAILED, null, 0, null, "The event is no longer kept");
			return;
		}
		String refusal = this.urls.refusal(webhook.get().url());
		if (refusal != null) {
			finish(delivery, Delivery.FAILED, null, 0, null, "Url " + refusal);
			return;
		}
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = this.http.send(request(webhook.get(), delivery, event.get()),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			long millis = (System.nanoTime() - started) / 1_000_000;
			answered(delivery, response, millis);
		}
		catch (IOException ex) {
			retryOrFail(delivery, null, (System.nanoTime() - started) / 1_000_000, null,
					ex.getClass().getSimpleName() + ": " + ex.getMessage(), null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private HttpRequest request(Webhook webhook, Delivery delivery, OutboxEvent event) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhook.url()))
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "UserTasks-Webhook")
			.header("X-Event-Key", event.name())
			.header("X-Hook-UID", webhook.uid().toString())
			.header("X-Request-UID", delivery.uid().toString())
			.POST(HttpRequest.BodyPublishers.ofString(event.payload(), StandardCharsets.UTF_8));
		if (webhook.secret() != null && !webhook.secret().isEmpty()) {
			long timestamp = this.clock.instant().getEpochSecond();
			request.header("X-Hook-Timestamp", Long.toString(timestamp))
				.header("X-Hook-Signature", WebhookSigner.signature(webhook.secret(), timestamp, event.payload()));
		}
		webhook.requestHeaders().forEach((header) -> request.header(header.name(), header.value()));
		return request.build();
	}

	private void answered(Delivery delivery, HttpResponse<String> response, long millis) {
		int status = response.statusCode();
		String excerpt = excerpt(response.body());
		if (status >= 200 && status < 300) {
			finish(delivery, Delivery.DELIVERED, status, millis, excerpt, null);
		}
		else if (status == 408 || status == 429 || status >= 500) {
			retryOrFail(delivery, status, millis, excerpt, "HTTP " + status,
					retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
		}
		else {
			finish(delivery, Delivery.FAILED, status, millis, excerpt, "HTTP " + status + " is not retried");
		}
	}

	private void retryOrFail(Delivery delivery, @Nullable Integer status, long millis, @Nullable String excerpt,
			String error, @Nullable Duration retryAfter) {
		OffsetDateTime now = Timestamps.now(this.clock);
		// The delivery was read before its lease counted this attempt.
		OffsetDateTime next = now.plus((retryAfter != null) ? retryAfter : backoff(delivery.attempts() + 1));
		if (next.isAfter(delivery.created().plus(this.properties.retryFor()))) {
			finish(delivery, Delivery.FAILED, status, millis, excerpt,
					error + "; retried for " + this.properties.retryFor() + ", given up");
			return;
		}
		this.deliveries.recordAttempt(delivery.uid(), Delivery.PENDING, next, null, status, millis, excerpt, error);
	}

	/**
	 * The wait before attempt n+1: the first back-off doubled per attempt, capped, with
	 * ±20 % jitter.
	 */
	Duration backoff(int attempts) {
		long base = this.properties.firstRetryAfter().toMillis() << Math.min(Math.max(attempts - 1, 0), 20);
		long capped = Math.min(base, this.properties.maxBackoff().toMillis());
		long jitter = (long) (capped * 0.2 * (ThreadLocalRandom.current().nextDouble() * 2 - 1));
		return Duration.ofMillis(Math.max(capped + jitter, 0));
	}

	private void finish(Delivery delivery, String state, @Nullable Integer status, long millis,
			@Nullable String excerpt, @Nullable String error) {
		OffsetDateTime now = Timestamps.now(this.clock);
		this.deliveries.recordAttempt(delivery.uid(), state, now, now, status, millis, excerpt, error);
		if (state.equals(Delivery.FAILED)) {
			log.info("Webhook {} delivery {} of {} failed: {}", delivery.webhookUid(), delivery.uid(),
					delivery.eventName(), error);
			deactivateIfFailingForLong(delivery.webhookUid(), now);
		}
	}

	private void deactivateIfFailingForLong(UUID webhookUid, OffsetDateTime now) {
		if (this.deliveries.failingOnlySince(webhookUid, now.minus(this.properties.deactivateAfter()))
				&& this.webhooks.deactivate(webhookUid, now)) {
			log.warn(
					"Webhook {} deactivated: its requests have failed, without one success, for more than {}. "
							+ "Fix the receiver, then set Active to true again (PUT /v1/webhooks).",
					webhookUid, this.properties.deactivateAfter());
		}
	}

	private static @Nullable Duration retryAfter(@Nullable String header) {
		if (header == null) {
			return null;
		}
		try {
			return Duration.ofSeconds(Math.max(Long.parseLong(header.trim()), 0));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable String excerpt(@Nullable String body) {
		if (body == null || body.isEmpty()) {
			return null;
		}
		return (body.length() > EXCERPT_LENGTH) ? body.substring(0, EXCERPT_LENGTH) : body;
	}

}
