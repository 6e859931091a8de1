package org.usertasks.idempotency;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL that keeps answers per caller and key. Runs without a test transaction, as the
 * filter does: a key taken by a concurrent insert must answer false, not fail what
 * follows.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(IdempotencyRepository.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class IdempotencyRepositoryTests {

	private static final OffsetDateTime START = OffsetDateTime.parse("2024-03-01T08:00:00Z");

	private static final String HASH = "a".repeat(64);

	@Autowired
	private IdempotencyRepository answers;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void noKeptAnswers() {
		this.jdbc.sql("delete from idempotency_key").update();
	}

	@Test
	void aStartedKeyIsFoundInProgressWithItsRequestHash() {
		boolean started = this.answers.start("5", "key-1", HASH, START);

		assertThat(started).isTrue();
		assertThat(this.answers.find("5", "key-1")).contains(new StoredAnswer(HASH, null, null, null));
	}

	@Test
	void startAnswersFalseForAKeyTheCallerAlreadyUsedAndKeepsTheFirstRequest() {
		this.answers.start("5", "key-1", HASH, START);

		boolean again = this.answers.start("5", "key-1", "b".repeat(64), START.plusSeconds(1));

		assertThat(again).isFalse();
		assertThat(this.answers.find("5", "key-1")).hasValueSatisfying((kept) -> {
			assertThat(kept.requestHash()).isEqualTo(HASH);
			assertThat(kept.status()).isNull();
		});
	}

	@Test
	void anotherCallerMayStartTheSameKey() {
		this.answers.start("5", "key-1", HASH, START);

		boolean started = this.answers.start("10", "key-1", "b".repeat(64), START);

		assertThat(started).isTrue();
		assertThat(this.answers.find("10", "key-1"))
			.hasValueSatisfying((kept) -> assertThat(kept.requestHash()).isEqualTo("b".repeat(64)));
		assertThat(this.answers.find("12", "key-1")).isEmpty();
	}

	@Test
	void aFinishedKeyKeepsTheAnswerExactly() {
		this.answers.start("5", "key-1", HASH, START);
		String body = "{\"Title\": \"Pr\u00fcfen \u2713\", \"Text\": \"" + "x".repeat(100_000) + "\"}";

		this.answers.finish("5", "key-1", 200, "application/json", body);

		assertThat(this.answers.find("5", "key-1")).contains(new StoredAnswer(HASH, 200, "application/json", body));
	}

	@Test
	void aFinishedKeyMayHaveNoContentTypeAndAnEmptyBody() {
		this.answers.start("5", "key-1", HASH, START);

		this.answers.finish("5", "key-1", 200, null, "");

		assertThat(this.answers.find("5", "key-1")).hasValueSatisfying((kept) -> {
			assertThat(kept.status()).isEqualTo(200);
			assertThat(kept.contentType()).isNull();
			assertThat(kept.body()).isNullOrEmpty();
		});
	}

	@Test
	void forgetRemovesOnlyThatCallersKey() {
		this.answers.start("5", "key-1", HASH, START);
		this.answers.start("10", "key-1", HASH, START);

		this.answers.forget("5", "key-1");

		assertThat(this.answers.find("5", "key-1")).isEmpty();
		assertThat(this.answers.find("10", "key-1")).isPresent();
		assertThat(this.answers.start("5", "key-1", HASH, START)).isTrue();
	}

	@Test
	void forgetIfAbandonedRemovesOnlyAnUnansweredKeyStartedBeforeTheTime() {
		this.answers.start("5", "abandoned", HASH, START);
		this.answers.start("5", "answered", HASH, START);
		this.answers.finish("5", "answered", 200, "application/json", "{}");
		this.answers.start("5", "recent", HASH, START.plusMinutes(10));

		this.answers.forgetIfAbandoned("5", "abandoned", START.plusMinutes(5));
		this.answers.forgetIfAbandoned("5", "answered", START.plusMinutes(5));
		this.answers.forgetIfAbandoned("5", "recent", START.plusMinutes(5));

		assertThat(this.answers.find("5", "abandoned")).isEmpty();
		assertThat(this.answers.find("5", "answered")).isPresent();
		assertThat(this.answers.find("5", "recent")).isPresent();
	}

	@Test
	void forgetIfOlderThanRemovesTheKeyOnlyWhenItWasStartedBeforeTheTime() {
		this.answers.start("5", "old", HASH, START);
		this.answers.start("5", "exactly", HASH, START.plusHours(1));
		this.answers.start("10", "old", HASH, START);

		this.answers.forgetIfOlderThan("5", "old", START.plusHours(1));
		this.answers.forgetIfOlderThan("5", "exactly", START.plusHours(1));

		assertThat(keys()).containsExactly("10:old", "5:exactly");
	}

	@Test
	void forgetOlderThanRemovesEveryKeyStartedBeforeTheTimeComparingInstantsAcrossOffsets() {
		this.answers.start("5", "utc", HASH, START);
		this.answers.start("10", "plus-two", HASH, OffsetDateTime.parse("2024-03-01T10:29:59+02:00"));
		this.answers.start("12", "minus-five", HASH, OffsetDateTime.parse("2024-03-01T03:30:00-05:00"));

		int forgotten = this.answers.forgetOlderThan(OffsetDateTime.parse("2024-03-01T08:30:00Z"));

		assertThat(forgotten).isEqualTo(2);
		assertThat(keys()).containsExactly("12:minus-five");
	}

	private List<String> keys() {
		return this.jdbc.sql("select user_id, idempotency_key from idempotency_key order by user_id, idempotency_key")
			.query((rs, row) -> rs.getString("user_id") + ":" + rs.getString("idempotency_key"))
			.list();
	}

}
