package org.usertasks.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * A real HTTP receiver on this machine for webhook deliveries: records every request
 * (method, path, headers, body and the status it answered) and answers as the test
 * scripts it: a queue of answers, then 200 (or failing while a condition holds). It can
 * be stopped and started again on the same port, as a receiver that is down for a while.
 */
final class WebhookReceiver {

	private final List<Received> requests = new CopyOnWriteArrayList<>();

	private final Deque<Answer> script = new ArrayDeque<>();

	private volatile Predicate<Received> failWhile = (request) -> false;

	private volatile Duration delay = Duration.ZERO;

	private @Nullable HttpServer server;

	private @Nullable ExecutorService threads;

	private int port;

	/** Starts on a free port of localhost. */
	static WebhookReceiver start() {
		WebhookReceiver receiver = new WebhookReceiver();
		receiver.listen(0);
		return receiver;
	}

	/** The URL a webhook delivers to. */
	String url() {
		return "http://localhost:" + this.port + "/hooks";
	}

	/** Stops answering: connections are refused until {@link #restart()}. */
	synchronized void stop() {
		if (this.server != null) {
			this.server.stop(0);
			this.threads.shutdownNow();
			this.server = null;
		}
	}

	/** Listens again on the port it had. */
	synchronized void restart() {
		listen(this.port);
	}

	/** Answers these statuses to the next requests, in order, then 200 again. */
	synchronized void answer(int... statuses) {
		for (int status : statuses) {
			this.script.add(new Answer(status, Map.of()));
		}
	}

	/** Answers this status with these headers to the next request. */
	synchronized void answer(int status, Map<String, String> headers) {
		this.script.add(new Answer(status, headers));
	}

	/**
	 * Answers 500 to every request that matches, until called again with another rule.
	 */
	void failWhile(Predicate<Received> condition) {
		this.failWhile = condition;
	}

	/** Takes this long before answering each request. */
	void delay(Duration delay) {
		this.delay = delay;
	}

	/** Every request received so far, in the order they arrived. */
	List<Received> requests() {
		return List.copyOf(this.requests);
	}

	/** The requests answered with a 2xx status, in order. */
	List<Received> accepted() {
		return this.requests.stream().filter((request) -> request.status() / 100 == 2).toList();
	}

	private synchronized void listen(int port) {
		try {
			HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
			created.createContext("/", this::handle);
			this.threads = Executors.newFixedThreadPool(8);
			created.setExecutor(this.threads);
			created.start();
			this.server = created;
			this.port = created.getAddress().getPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Headers headers = new Headers();
		headers.putAll(exchange.getRequestHeaders());
		Answer answer = next();
		Received received = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body,
				answer.status());
		if (this.failWhile.test(received)) {
			answer = new Answer(500, Map.of());
			received = new Received(received.method(), received.path(), headers, body, 500);
		}
		pause();
		this.requests.add(received);
		answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		byte[] reply = ("answered " + answer.status()).getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(answer.status(), reply.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(reply);
		}
	}

	private synchronized Answer next() {
		Answer scripted = this.script.poll();
		return (scripted != null) ? scripted : new Answer(200, Map.of());
	}

	// A slow receiver is what is simulated here: the test itself waits with Awaitility.
	private void pause() {
		if (!this.delay.isZero()) {
			try {
				Thread.sleep(this.delay.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private record Answer(int status, Map<String, String> headers) {
	}

	/** One request as it arrived, and the status it was answered with. */
	record Received(String method, String path, Headers headers, String body, int status) {

		@Nullable String header(String name) {
			return this.headers.getFirst(name);
		}

		String eventKey() {
			return header("X-Event-Key");
		}

		String requestUid() {
			return header("X-Request-UID");
		}

	}

}
