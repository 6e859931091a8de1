package org.usertasks.task;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadline reminders ({@code usertasks.reminders.*}).
 *
 * @param leadTime how long before a deadline the "approaching" reminder fires
 * @param checkInterval how often deadlines are checked
 */
@ConfigurationProperties("usertasks.reminders")
record DeadlineReminderProperties(@DefaultValue("24h") Duration leadTime, @DefaultValue("30s") Duration checkInterval) {
}
