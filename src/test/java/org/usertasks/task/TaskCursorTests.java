package org.usertasks.task;

import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Cursors read back exactly what they were made of, and nothing else reads as one.
 */
class TaskCursorTests {

	private static final UUID UID = UUID.fromString("eb284804-a977-47f9-acda-04f3ea3bbb96");

	@Test
	void readsBackEachKindOfSortValue() {
		TaskCursor created = new TaskCursor(TaskSort.DEFAULT, OffsetDateTime.parse("2024-03-01T08:00:00.123456Z"), UID);
		TaskCursor noDeadline = new TaskCursor(TaskSort.parse("-deadline"), null, UID);
		TaskCursor status = new TaskCursor(TaskSort.parse("status"), 4, UID);
		TaskCursor title = new TaskCursor(TaskSort.parse("title"), "Two\nlines, = and - and ~", UID);

		for (TaskCursor cursor : new TaskCursor[] { created, noDeadline, status, title }) {
			assertThat(TaskCursor.decode(cursor.encode())).isEqualTo(cursor);
		}
		assertThat(created.encode()).matches("[A-Za-z0-9_-]+");
	}

	@Test
	void keepsTheInstantOfATimestampWithAnyOffset() {
		TaskCursor cursor = new TaskCursor(TaskSort.DEFAULT, OffsetDateTime.parse("2024-03-01T10:00:00+02:00"), UID);

		assertThat(((OffsetDateTime) TaskCursor.decode(cursor.encode()).value()).toInstant())
			.isEqualTo(OffsetDateTime.parse("2024-03-01T08:00:00Z").toInstant());
	}

	@Test
	void refusesTextThatIsNoCursor() {
		for (String text : new String[] { "", "%%", "bm90IGEgY3Vyc29y",
				encoded("1\ncreated\nnot-a-uuid\n=2024-03-01T08:00:00Z"), encoded("1\npriority\n" + UID + "\n=1"),
				encoded("2\ncreated\n" + UID + "\n=2024-03-01T08:00:00Z"), encoded("1\ncreated\n" + UID + "\n-"),
				encoded("1\nstatus\n" + UID + "\n=high") }) {
			assertThatIllegalArgumentException().as(text).isThrownBy(() -> TaskCursor.decode(text));
		}
	}

	private static String encoded(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes());
	}

}
