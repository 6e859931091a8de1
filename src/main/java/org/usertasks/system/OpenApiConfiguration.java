package org.usertasks.system;

import java.util.Iterator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * OpenAPI 3 description and Swagger UI, with the API key as Struct clients send it (the
 * raw key in the Authorization header), so every call can be tried from the browser.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String API_KEY_SCHEME = "ApiKey";

	@Bean
	OpenAPI userTasksOpenApi() {
		return new OpenAPI()
			.info(new Info().title("UserTasks API")
				.version("v1")
				.description("User tasks, wire-compatible with the Struct PIM v1 UserTasks API. "
						+ "Authenticate with an API key in the Authorization header.")
				.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			.components(new Components().addSecuritySchemes(API_KEY_SCHEME,
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.HEADER)
						.name("Authorization")
						.description("The raw API key, as Struct sends it ('Bearer <key>' is accepted too).")))
			.addSecurityItem(new SecurityRequirement().addList(API_KEY_SCHEME));
	}

	/**
	 * swagger-core describes models with its own Jackson 2 mapper; give it the API's
	 * PascalCase naming so the schemas show the names that travel on the wire.
	 */
	@Bean
	ModelConverter pascalCaseModelResolver() {
		return new WireModelResolver(Json.mapper()
			.copy()
			.setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.UPPER_CAMEL_CASE));
	}

	/**
	 * Describes {@link CodedEnum}s as the integers they travel as; swagger-core would
	 * otherwise show their constant names as strings, which no response carries.
	 */
	static final class WireModelResolver extends ModelResolver {

		WireModelResolver(ObjectMapper mapper) {
			super(mapper);
		}

		@Override
		@SuppressWarnings({ "rawtypes", "unchecked" })
		public Schema resolve(AnnotatedType annotatedType, ModelConverterContext context,
				Iterator<ModelConverter> next) {
			Class<?> raw = this._mapper.constructType(annotatedType.getType()).getRawClass();
			if (raw.isEnum() && CodedEnum.class.isAssignableFrom(raw)) {
				IntegerSchema schema = new IntegerSchema();
				for (Object constant : raw.getEnumConstants()) {
					schema.addEnumItem(((CodedEnum) constant).code());
				}
				return schema.description(CodedEnum.describe((Class<? extends Enum<?>>) raw));
			}
			return super.resolve(annotatedType, context, next);
		}

	}

}
