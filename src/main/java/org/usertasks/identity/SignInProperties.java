package org.usertasks.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people sign in to the web inbox.
 *
 * @param maxFailures failed attempts in a row that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param inviteValidity how long an invite link works
 * @param minPasswordLength the shortest password accepted
 * @param bootstrapAdminPassword a password for the bootstrap admin user, set on a start
 * when that user has none (blank: print an invite link instead)
 */
@ConfigurationProperties("usertasks.web.sign-in")
record SignInProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("7d") Duration inviteValidity, @DefaultValue("10") int minPasswordLength,
		@DefaultValue("") String bootstrapAdminPassword) {
}
