package org.usertasks.task;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Struct's EntityType, read leniently from an attached entity of a request.
 */
class EntityTypeDeserializerTests {

	private final JsonMapper json = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
		.build();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "0 | 0", "3 | 3", "42 | 42", "2147483647 | 2147483647", "\"7\" | 7", "\" 7 \" | 7",
					"\"Product\" | 0", "\"variant\" | 1", "\"CATEGORY\" | 2", "\"Asset\" | 3", "{} | 0", "null | 0" })
	void readsNumbersNumericStringsNamesAndEmptyObjects(String entityType, int expected) {
		AttachedEntityRequest request = read("{\"EntityType\": " + entityType + ", \"EntityId\": \"1022\"}");

		assertThat(request.toReference().entityType()).isEqualTo(expected);
	}

	@Test
	void readsAMissingEntityTypeAsProduct() {
		AttachedEntityRequest request = read("{\"EntityId\": \"1022\"}");

		assertThat(request.toReference()).isEqualTo(new TaskContent.EntityReference(0, "1022", null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "\"-1\"", "2147483648", "99999999999", "1.5", "\"Widget\"", "\"\"", "true", "[1]" })
	void refusesAnythingElseSayingWhatItTakes(String entityType) {
		assertThatExceptionOfType(InvalidFormatException.class)
			.isThrownBy(() -> read("{\"EntityType\": " + entityType + ", \"EntityId\": \"1022\"}"))
			.withMessageContaining("must be a non-negative integer");
	}

	@Test
	void trimsTheEntityIdOfTheReference() {
		AttachedEntityRequest request = read("{\"EntityType\": 1, \"EntityId\": \" 5665 \"}");

		assertThat(request.toReference()).isEqualTo(new TaskContent.EntityReference(1, "5665", null));
	}

	private AttachedEntityRequest read(String body) {
		return this.json.readValue(body, AttachedEntityRequest.class);
	}

}
