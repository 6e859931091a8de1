package org.usertasks.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP API ({@code usertasks.api.*}).
 *
 * @param maxRequestBodySize larger request bodies are refused with 413 before they are
 * read
 * @param keyCacheTtl how long an API key that worked is trusted without asking the
 * database again: the longest a change made on another instance (a revoked key, a
 * disabled user) takes to reach this one; zero turns the cache off
 * @param taskJsonCacheSize how much JSON of read tasks is kept for answering a GET of an
 * unchanged task without reading it; zero turns it off
 */
@ConfigurationProperties("usertasks.api")
public record ApiProperties(@DefaultValue("2MB") DataSize maxRequestBodySize, @DefaultValue("10s") Duration keyCacheTtl,
		@DefaultValue("16MB") DataSize taskJsonCacheSize) {
}
