package org.usertasks.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * Keeps what every browser of a failed test showed: a PNG screenshot and the page's HTML
 * in {@code target/browser-failures/<TestClass>-<method>-<n>.png/.html}, n counting the
 * test's browsers from 1. A browser test's failure message rarely explains itself; the
 * page usually does.
 * <p>
 * This runs right after the test method and before {@code @AfterEach} closes the
 * browsers; a {@code TestWatcher} would only be told once they are gone.
 */
class ScreenshotOnFailure implements AfterTestExecutionCallback {

	static final Path FAILURES = Paths.get("target", "browser-failures");

	@Override
	public void afterTestExecution(ExtensionContext context) {
		if (context.getExecutionException().isEmpty()
				|| !(context.getRequiredTestInstance() instanceof BrowserTestSupport test)) {
			return;
		}
		List<WebDriver> browsers = test.openBrowsers();
		String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
		for (int n = 1; n <= browsers.size(); n++) {
			save(browsers.get(n - 1), FAILURES.resolve(name + "-" + n));
		}
	}

	private static void save(WebDriver browser, Path file) {
		try {
			Files.createDirectories(file.getParent());
			Path png = file.resolveSibling(file.getFileName() + ".png");
			Path html = file.resolveSibling(file.getFileName() + ".html");
			Files.write(png, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
			Files.writeString(html, "<!-- " + browser.getCurrentUrl() + " -->\n" + browser.getPageSource(),
					StandardCharsets.UTF_8);
			System.err.println(
					"Browser test failed; the page is in " + png.toAbsolutePath() + " and " + html.toAbsolutePath());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (WebDriverException ex) {
			// A crashed browser has nothing to show; the test's own failure says enough.
			System.err.println("Browser test failed; no screenshot for " + file + ": " + ex.getMessage());
		}
	}

}
