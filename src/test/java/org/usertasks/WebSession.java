package org.usertasks;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's browser session against the running service, over real HTTP: it keeps the
 * session cookie, and sends the CSRF token of the last page it read with every form, as a
 * browser does. Redirects are not followed, so tests see them.
 */
public final class WebSession {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String baseUrl;

	private final HttpClient http;

	private String csrfToken = "";

	private WebSession(String baseUrl) {
		this(baseUrl,
				HttpClient.newBuilder()
					.cookieHandler(new CookieManager())
					.followRedirects(HttpClient.Redirect.NEVER)
					.build());
	}

	private WebSession(String baseUrl, HttpClient http) {
		this.baseUrl = baseUrl;
		this.http = http;
	}

	/** A new session, not signed in. */
	public static WebSession onPort(int port) {
		return new WebSession("http://localhost:" + port);
	}

	/** A new session signed in through the sign-in form. */
	public static WebSession signedIn(int port, String user, String password) {
		WebSession session = onPort(port);
		Page signIn = session.post("/login", Map.of("username", user, "password", password));
		assertThat(signIn.status()).isEqualTo(302);
		assertThat(signIn.location()).as("signed in as " + user).doesNotContain("/login");
		return session;
	}

	/**
	 * The same browser (same cookies) talking to another instance of the service, as
	 * behind a load balancer.
	 */
	public WebSession atPort(int port) {
		WebSession other = new WebSession("http://localhost:" + port, this.http);
		other.csrfToken = this.csrfToken;
		return other;
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET());
	}

	/**
	 * Posts a form with the CSRF token of the last page read (the sign-in page is read
	 * first when no page was).
	 */
	public Page post(String path, Map<String, String> form) {
		if (this.csrfToken.isEmpty()) {
			get("/login");
		}
		Map<String, String> fields = new LinkedHashMap<>(form);
		fields.putIfAbsent("_csrf", this.csrfToken);
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Page page = new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""),
					response.body());
			rememberCsrfToken(page.body());
			return page;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void rememberCsrfToken(String html) {
		Matcher meta = CSRF_META.matcher(html);
		Matcher field = CSRF_FIELD.matcher(html);
		if (meta.find()) {
			this.csrfToken = meta.group(1);
		}
		else if (field.find()) {
			this.csrfToken = field.group(1);
		}
	}

	/** An answer: status, the redirect target if any, and the HTML. */
	public record Page(int status, String location, String body) {
	}

}
