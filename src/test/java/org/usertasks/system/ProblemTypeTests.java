package org.usertasks.system;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of problem has a stable, distinct {@code type} URI under {@code /problems/},
 * and Spring MVC's own statuses map onto them.
 */
class ProblemTypeTests {

	@ParameterizedTest
	@EnumSource(ProblemType.class)
	void hasATypeUriUnderProblemsMadeOfItsSlug(ProblemType type) {
		String slug = type.slug();

		String uri = type.uri().toString();

		assertThat(slug).matches("[a-z]+(-[a-z]+)*");
		assertThat(uri).isEqualTo("/problems/" + slug);
		assertThat(type.status().isError()).isTrue();
		assertThat(type.title()).isNotBlank();
		assertThat(type.description()).isNotBlank();
	}

	@ParameterizedTest
	@EnumSource(ProblemType.class)
	void isFoundAgainByItsSlug(ProblemType type) {
		String slug = type.slug();

		ProblemType found = ProblemType.forSlug(slug);

		assertThat(found).isSameAs(type);
	}

	@Test
	void givesEveryTypeADistinctSlug() {
		ProblemType[] types = ProblemType.values();

		long distinctSlugs = Arrays.stream(types).map(ProblemType::slug).distinct().count();

		assertThat(distinctSlugs).isEqualTo(types.length);
	}

	@Test
	void findsNoTypeForAnUnknownSlug() {
		String unknown = "no-such-problem";

		ProblemType found = ProblemType.forSlug(unknown);

		assertThat(found).isNull();
	}

	@Test
	void mapsTheStatusesSpringMvcAnswersByItself() {
		int[] statuses = { 400, 404, 405, 406, 413, 415, 500 };

		ProblemType[] types = Arrays.stream(statuses).mapToObj(ProblemType::forStatus).toArray(ProblemType[]::new);

		assertThat(types).containsExactly(ProblemType.INVALID_REQUEST, ProblemType.NOT_FOUND,
				ProblemType.METHOD_NOT_ALLOWED, ProblemType.NOT_ACCEPTABLE, ProblemType.PAYLOAD_TOO_LARGE,
				ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemType.INTERNAL_ERROR);
	}

	@Test
	void mapsAnUnlistedServerErrorToInternalError() {
		int unavailable = 503;

		ProblemType type = ProblemType.forStatus(unavailable);

		assertThat(type).isEqualTo(ProblemType.INTERNAL_ERROR);
	}

}
