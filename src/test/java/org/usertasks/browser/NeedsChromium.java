package org.usertasks.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Skips browser tests, with a reason in the report, on a machine without Debian's
 * Chromium and ChromeDriver. {@code @EnabledIf} alone is not inherited by subclasses;
 * this annotation is, so the base class can carry it. CI installs both programs and fails
 * when the browser tests were skipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@EnabledIf(value = "org.usertasks.browser.Chromium#installed",
		disabledReason = "Browser tests need /usr/bin/chromium and /usr/bin/chromedriver "
				+ "(Debian: apt-get install chromium chromium-driver)")
@interface NeedsChromium {

}
