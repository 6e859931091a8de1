package org.usertasks.webhook;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery ({@code usertasks.webhook.*}).
 *
 * @param timeout how long one delivery may take
 * @param retryFor how long a delivery is retried before it is marked failed
 * @param firstRetryAfter the first back-off; each retry doubles it, with jitter
 * @param maxBackoff the longest back-off between two attempts
 * @param pollInterval how often the dispatcher looks for due deliveries
 * @param batchSize how many deliveries one instance takes at a time
 * @param concurrency how many deliveries one instance sends at once
 * @param retention how long the delivery log is kept
 * @param allowPrivateNetworks whether URLs may point at loopback, link-local or private
 * addresses
 * @param allowedHosts hosts allowed even when they resolve to such addresses
 * @param deactivateAfter a webhook whose requests have failed, without one success, for
 * this long is deactivated
 */
@ConfigurationProperties("usertasks.webhook")
record WebhookProperties(@DefaultValue("10s") Duration timeout, @DefaultValue("24h") Duration retryFor,
		@DefaultValue("5s") Duration firstRetryAfter, @DefaultValue("1h") Duration maxBackoff,
		@DefaultValue("500ms") Duration pollInterval, @DefaultValue("20") int batchSize,
		@DefaultValue("8") int concurrency, @DefaultValue("14d") Duration retention,
		@DefaultValue("false") boolean allowPrivateNetworks, @DefaultValue List<String> allowedHosts,
		@DefaultValue("3d") Duration deactivateAfter) {
}
