package org.usertasks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP against the running service, with raw JSON in and out, so that tests see
 * exactly what a Struct client sees on the wire.
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	private final String apiKey;

	/**
	 * @param apiKey sent as the raw Authorization header, as Struct clients do; null
	 * sends none
	 */
	public ApiClient(String baseUrl, String apiKey) {
		this.baseUrl = baseUrl;
		this.apiKey = apiKey;
	}

	public static ApiClient onPort(int port, String apiKey) {
		return new ApiClient("http://localhost:" + port, apiKey);
	}

	/** The same service, called with another key (null for no Authorization header). */
	public ApiClient as(String apiKey) {
		return new ApiClient(this.baseUrl, apiKey);
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	public Response post(String path, String json) {
		return post(path, json, "application/json");
	}

	public Response post(String path, String json, String contentType) {
		return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response put(String path, String json) {
		return put(path, json, "application/json");
	}

	public Response put(String path, String json, String contentType) {
		return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	/**
	 * Sends a request built by the caller, for headers the shortcuts above do not set.
	 */
	public Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type"), response.body(),
					response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path)).header("Accept", "*/*");
		if (this.apiKey != null) {
			builder.header("Authorization", this.apiKey);
		}
		return builder;
	}

	/** What came back: status, content type and the body as text and as a JSON tree. */
	public record Response(int status, Optional<String> contentType, String body, HttpResponse<String> raw) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

	}

	public static JsonNode parse(String json) {
		return JSON.readTree(json);
	}

}
