package org.usertasks.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium and ChromeDriver, started headless. The paths are fixed so that
 * nothing (Selenium Manager included) ever downloads a browser or a driver: these
 * machines have no route to such downloads, and CI installs the Debian packages.
 */
final class Chromium {

	static final File BROWSER = new File("/usr/bin/chromium");

	static final File DRIVER = new File("/usr/bin/chromedriver");

	private Chromium() {
	}

	/**
	 * Whether both programs are installed; browser tests are skipped without them (see
	 * {@code .ci/run}, which installs them and fails when the tests were skipped).
	 */
	static boolean installed() {
		return BROWSER.canExecute() && DRIVER.canExecute();
	}

	/**
	 * A new browser with a profile of its own, so that two browsers in one test are two
	 * people with separate cookies.
	 */
	static Browser start() {
		Path profile = createProfileDirectory();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER);
		// Running as root in a container with a closed network: without these Chromium
		// either refuses to start or keeps dialling Google's services.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-quic",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--disable-extensions", "--disable-default-apps", "--password-store=basic",
				"--window-size=1280,900", "--lang=en-US", "--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.withSilent(true)
			.build();
		try {
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Browser(driver, profile);
		}
		catch (RuntimeException ex) {
			deleteQuietly(profile);
			throw ex;
		}
	}

	private static Path createProfileDirectory() {
		try {
			return Files.createTempDirectory("usertasks-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteQuietly(Path directory) {
		try {
			FileSystemUtils.deleteRecursively(directory);
		}
		catch (IOException ex) {
			// A leftover temp directory must not fail a test.
		}
	}

	/** A started browser and the profile directory it owns. */
	record Browser(WebDriver driver, Path profile) {

		/** Ends the browser and its driver, then removes the profile. */
		void close() {
			try {
				this.driver.quit();
			}
			finally {
				deleteQuietly(this.profile);
			}
		}

	}

}
