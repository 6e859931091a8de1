package org.usertasks.task;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads Struct's EntityType leniently: any non-negative 32-bit integer, a numeric string,
 * one of the names we give to 0..3, or the empty object {@code {}} that Struct's
 * reference shows (read as "not given", that is 0).
 */
class EntityTypeDeserializer extends ValueDeserializer<Integer> {

	static final String[] NAMES = { "Product", "Variant", "Category", "Asset" };

	private static final String EXPECTED = "a non-negative integer (0 Product, 1 Variant, 2 Category, 3 Asset, "
			+ "or any other type number)";

	@Override
	public Integer deserialize(JsonParser parser, DeserializationContext context) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.START_OBJECT) {
			if (parser.nextToken() == JsonToken.END_OBJECT) {
				return 0;
			}
			throw InvalidFormatException.from(parser, "must be " + EXPECTED + ", not an object", null, null);
		}
		String text = (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_STRING) ? parser.getText().trim()
				: parser.getText();
		for (int i = 0; i < NAMES.length; i++) {
			if (NAMES[i].equalsIgnoreCase(text)) {
				return i;
			}
		}
		if (text != null && text.matches("\\d{1,10}")) {
			long value = Long.parseLong(text);
			if (value <= Integer.MAX_VALUE) {
				return (int) value;
			}
		}
		// No target type: the message is complete, and the exception handler shows it
		// unchanged.
		throw InvalidFormatException.from(parser, "must be " + EXPECTED + ", not '" + text + "'", text, null);
	}

	@Override
	public Integer getNullValue(DeserializationContext context) {
		return 0;
	}

}
