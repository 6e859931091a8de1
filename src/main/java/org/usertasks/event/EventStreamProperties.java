package org.usertasks.event;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live event stream ({@code usertasks.events.*}).
 *
 * @param pollInterval how often new events are read from the outbox
 * @param heartbeat how often an idle connection gets a comment line, so proxies keep it
 * open
 * @param connectionLifetime how long one connection lasts before the client reconnects
 * (with Last-Event-ID)
 * @param retention how long events stay in the outbox for the feed and for resuming
 * streams
 */
@ConfigurationProperties("usertasks.events")
record EventStreamProperties(@DefaultValue("250ms") Duration pollInterval, @DefaultValue("15s") Duration heartbeat,
		@DefaultValue("1h") Duration connectionLifetime, @DefaultValue("30d") Duration retention) {
}
