package org.usertasks.task;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task's version as a strong entity tag, and what an If-Match header accepts.
 */
class ETagsTests {

	@Test
	void writesAVersionAsAStrongTag() {
		assertThat(ETags.of(7)).isEqualTo("\"7\"");
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "  ", "*", " * " })
	void noHeaderOrAnAsteriskAcceptsAnyVersion(String ifMatch) {
		assertThat(ETags.acceptedBy(ifMatch)).isNull();
	}

	@Test
	void acceptsTheVersionsOfTheTagsItNames() {
		assertThat(ETags.acceptedBy("\"3\"")).containsExactly(3L);
		assertThat(ETags.acceptedBy("\"3\", \"5\" ,\"8\"")).containsExactlyInAnyOrder(3L, 5L, 8L);
	}

	@ParameterizedTest
	@ValueSource(strings = { "W/\"3\"", "3", "\"\"", "\"three\"", "\"3", "'3'" })
	void acceptsNoVersionForAWeakOrForeignTag(String ifMatch) {
		assertThat(ETags.acceptedBy(ifMatch)).isEmpty();
	}

	@Test
	void aWeakTagInAListMatchesNothingWhileAStrongOneStillDoes() {
		assertThat(ETags.acceptedBy("W/\"3\", \"4\"")).containsExactly(4L);
	}

}
