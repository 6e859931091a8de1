package org.usertasks.idempotency;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.mockito.Mockito.mock;

/**
 * What the {@code Idempotency-Key} filter needs in a {@code @WebMvcTest} slice. The slice
 * picks the filter up, as it does every servlet filter, but not the repository it keeps
 * answers in, so without this no slice starts. The repository is a mock: slice tests send
 * no {@code Idempotency-Key}, and for such requests the filter stands aside as it does in
 * the service.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencySliceConfiguration {

	@Bean
	IdempotencyRepository idempotencyRepository() {
		return mock(IdempotencyRepository.class);
	}

}
