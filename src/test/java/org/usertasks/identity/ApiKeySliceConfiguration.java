package org.usertasks.identity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.usertasks.system.ApiSliceConfiguration;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The service's real security rules in a {@code @WebMvcTest} slice, with the key check
 * answered by a mock: {@link #ADMIN_KEY} authenticates as {@link #ADMIN},
 * {@link #USER_KEY} as {@link #USER}, and any other key is refused. Brings the wire
 * format of {@link ApiSliceConfiguration} too, whose problem writer the security rules
 * answer with.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, ApiSliceConfiguration.class })
public class ApiKeySliceConfiguration {

	/** An Authorization header that authenticates as {@link #ADMIN}. */
	public static final String ADMIN_KEY = "admin-key";

	/** An Authorization header that authenticates as {@link #USER}. */
	public static final String USER_KEY = "user-key";

	public static final CurrentUser ADMIN = new CurrentUser("admin", "Ada Admin", Set.of(), true);

	public static final CurrentUser USER = new CurrentUser("5", "John Doe",
			Set.of(UUID.fromString("2f8d3c4a-5b6e-4f70-8a91-b2c3d4e5f601")), false);

	/**
	 * A plain mock rather than a {@code @MockitoBean}: its answers must outlive the reset
	 * that Spring gives {@code @MockitoBean}s after each test.
	 */
	@Bean
	ApiKeyService apiKeyService() {
		ApiKeyService keys = mock(ApiKeyService.class);
		answerTestKeys(keys);
		return keys;
	}

	/**
	 * Lets {@code keys} authenticate the two test keys; for tests that mock the key
	 * service themselves.
	 */
	static void answerTestKeys(ApiKeyService keys) {
		given(keys.authenticate(ADMIN_KEY)).willReturn(Optional.of(ADMIN));
		given(keys.authenticate(USER_KEY)).willReturn(Optional.of(USER));
	}

}
