package org.usertasks.identity;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;
import org.usertasks.ApiClient;
import org.usertasks.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usertasks.identity.ProblemAssert.assertProblem;

/**
 * With {@code usertasks.api.key-cache-ttl=0} every request looks its key up, so a change
 * another instance writes into the database applies at once.
 */
@TestPropertySource(properties = "usertasks.api.key-cache-ttl=0")
class ApiKeyCacheOffTests extends ApiTestSupport {

	@Test
	void keyRevokedByAnotherInstanceIsRefusedAtOnce() {
		createUser("ann", "Ann", "Lee");
		String key = createKey("ann", false);
		ApiClient ann = this.admin.as(key);
		ApiClient.Response beforeRevoking = ann.get("/v1/users/ann");

		this.jdbc.sql("delete from api_key where key_hash = :hash").param("hash", ApiKeyService.hash(key)).update();

		assertThat(beforeRevoking.status()).as(beforeRevoking.body()).isEqualTo(200);
		assertProblem(ann.get("/v1/users/ann"), 401, "unauthorized");
	}

}
