package org.usertasks.system;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Jackson module behind the wire format, on a mapper named as the application names
 * it (PascalCase): timestamps, integer enums read strictly by code and leniently by name,
 * and problem details that keep RFC 9457's lower-case members.
 */
class JsonConfigurationTests {

	private final JsonMapper json = JsonMapper.builder()
		.addModule(new JsonConfiguration().userTasksJsonModule())
		.propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
		.build();

	enum Light implements CodedEnum {

		Red(0), Amber(1), Green(5);

		private final int code;

		Light(int code) {
			this.code = code;
		}

		@Override
		public int code() {
			return this.code;
		}

	}

	record Signal(Light light) {
	}

	record Stamp(OffsetDateTime at) {
	}

	@Test
	void writesTimestampsWithSevenFractionalDigitsAndTheirOwnOffset() {
		Stamp stamp = new Stamp(OffsetDateTime.of(2023, 1, 2, 14, 57, 5, 123_456_789, ZoneOffset.ofHours(2)));

		String written = this.json.writeValueAsString(stamp);

		assertThat(written).isEqualTo("{\"At\":\"2023-01-02T14:57:05.1234567+02:00\"}");
	}

	@Test
	void writesUtcTimestampsWithANumericOffset() {
		Stamp stamp = new Stamp(OffsetDateTime.of(2023, 1, 2, 14, 57, 5, 0, ZoneOffset.UTC));

		String written = this.json.writeValueAsString(stamp);

		assertThat(written).isEqualTo("{\"At\":\"2023-01-02T14:57:05.0000000+00:00\"}");
	}

	@Test
	void writesCodedEnumsAsTheirCode() {
		Signal signal = new Signal(Light.Green);

		String written = this.json.writeValueAsString(signal);

		assertThat(written).isEqualTo("{\"Light\":5}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "5", "\"5\"", "\"Green\"", "\"green\"", "\" GREEN \"" })
	void readsACodedEnumByCodeOrLenientlyByName(String value) {
		String body = "{\"Light\": " + value + "}";

		Signal signal = this.json.readValue(body, Signal.class);

		assertThat(signal.light()).isEqualTo(Light.Green);
	}

	@Test
	void readsAnEmptyObjectAsAnEnumNotGiven() {
		String structPlaceholder = "{\"Light\": {}}";

		Signal signal = this.json.readValue(structPlaceholder, Signal.class);

		assertThat(signal.light()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2", "-1", "4294967301", "\"Blue\"", "true", "1.5" })
	void refusesAValueThatNamesNoConstant(String value) {
		String body = "{\"Light\": " + value + "}";

		assertThatExceptionOfType(InvalidFormatException.class)
			.isThrownBy(() -> this.json.readValue(body, Signal.class))
			.satisfies((ex) -> assertThat(ex.getTargetType()).isEqualTo(Light.class))
			.withMessageContaining("0 Red, 1 Amber, 5 Green");
	}

	@Test
	void writesProblemDetailsWithLowerCaseMembersAndWithoutEmptyOnes() {
		ProblemDetail problem = Problems.of(ProblemType.INVALID_REQUEST, "Title: must be a string");
		problem.setProperty("errors", List.of(new FieldProblem("Title", "must be a string")));

		JsonNode written = this.json.readTree(this.json.writeValueAsString(problem));

		assertThat(written.propertyNames()).containsExactly("type", "title", "status", "detail", "errors");
		assertThat(written.get("status").asInt()).isEqualTo(HttpStatus.BAD_REQUEST.value());
		assertThat(written.get("errors").get(0).propertyNames()).containsExactly("field", "message");
	}

}
