package org.usertasks.system;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * The wire format of the Struct API, set once for every record: PascalCase names (from
 * application.properties), integer enums, and timestamps as
 * {@code 2023-01-02T14:57:05.0000000+02:00}.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	static final List<MediaType> JSON_MEDIA_TYPES = List.of(MediaType.APPLICATION_JSON,
			new MediaType("application", "*+json"), new MediaType("text", "json"));

	@Bean
	JacksonModule userTasksJsonModule() {
		SimpleModule module = new SimpleModule("usertasks-wire-format");
		module.addSerializer(OffsetDateTime.class, new WireTimestampSerializer());
		module.addSerializer(CodedEnum.class, new CodedEnumSerializer());
		CodedEnumDeserializers deserializers = new CodedEnumDeserializers();
		deserializers.addDeserializer(String.class, new NulFreeStringDeserializer());
		module.setDeserializers(deserializers);
		module.setMixInAnnotation(ProblemDetail.class, LowerCamelCaseProblemDetailMixin.class);
		module.setMixInAnnotation(FieldProblem.class, LowerCamelCaseMixin.class);
		return module;
	}

	/**
	 * Struct's clients send {@code text/json} too; the JSON converter otherwise answers
	 * 415 for it.
	 */
	@Bean
	ServerHttpMessageConvertersCustomizer textJsonConverter(JsonMapper jsonMapper) {
		return (builder) -> {
			JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(jsonMapper);
			converter.setSupportedMediaTypes(JSON_MEDIA_TYPES);
			builder.withJsonConverter(converter);
		};
	}

	/** RFC 9457 names its members in lower case, whatever the API's own naming is. */
	@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "type", "title", "status", "detail", "instance" })
	interface LowerCamelCaseProblemDetailMixin extends ProblemDetailJacksonMixin {

	}

	@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
	interface LowerCamelCaseMixin {

	}

	static final class WireTimestampSerializer extends ValueSerializer<OffsetDateTime> {

		@Override
		public void serialize(OffsetDateTime value, JsonGenerator generator, SerializationContext context) {
			generator.writeString(JsonFormats.timestamp(value));
		}

	}

	/**
	 * PostgreSQL cannot store the NUL character in text; refuse it at the door with a 400
	 * rather than fail later.
	 */
	static final class NulFreeStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (value != null && value.indexOf('\0') >= 0) {
				throw InvalidFormatException.from(parser, "must not contain the NUL character (\\u0000)", value, null);
			}
			return value;
		}

	}

	static final class CodedEnumSerializer extends ValueSerializer<CodedEnum> {

		@Override
		public void serialize(CodedEnum value, JsonGenerator generator, SerializationContext context) {
			generator.writeNumber(value.code());
		}

	}

	static final class CodedEnumDeserializers extends SimpleDeserializers {

		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
				BeanDescription.Supplier description) {
			Class<?> raw = type.getRawClass();
			if (CodedEnum.class.isAssignableFrom(raw) && raw.isEnum()) {
				return new CodedEnumDeserializer(raw);
			}
			return null;
		}

		@Override
		public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
			return CodedEnum.class.isAssignableFrom(valueType) && valueType.isEnum();
		}

	}

	/**
	 * Reads an integer code, leniently also the constant's name ("InProgress") or a
	 * numeric string. An empty object ({@code {}}, which Struct's reference shows for
	 * every enum) reads as "not given".
	 */
	static final class CodedEnumDeserializer<E extends Enum<E> & CodedEnum> extends ValueDeserializer<E> {

		private final Class<E> type;

		CodedEnumDeserializer(Class<E> type) {
			this.type = type;
		}

		@Override
		public E deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.START_OBJECT) {
				if (parser.nextToken() == JsonToken.END_OBJECT) {
					return null;
				}
				throw unknown(parser, "a non-empty object");
			}
			if (token == JsonToken.VALUE_NUMBER_INT) {
				return byCode(parser, parser.getValueAsString(), parser.getLongValue());
			}
			if (token == JsonToken.VALUE_STRING) {
				String text = parser.getString().trim();
				if (text.matches("-?\\d{1,10}")) {
					return byCode(parser, text, Long.parseLong(text));
				}
				for (E constant : this.type.getEnumConstants()) {
					if (constant.name().equalsIgnoreCase(text)) {
						return constant;
					}
				}
				throw unknown(parser, text);
			}
			throw unknown(parser, parser.getString());
		}

		private E byCode(JsonParser parser, String text, long code) {
			E constant = (code == (int) code) ? CodedEnum.fromCode(this.type, (int) code) : null;
			if (constant == null) {
				throw unknown(parser, text);
			}
			return constant;
		}

		private InvalidFormatException unknown(JsonParser parser, String value) {
			return InvalidFormatException.from(parser, "'" + value + "' is not one of " + CodedEnum.describe(this.type),
					value, this.type);
		}

	}

}
