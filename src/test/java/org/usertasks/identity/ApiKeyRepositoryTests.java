package org.usertasks.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The SQL of {@link ApiKeyRepository} on the configured database (H2 in PostgreSQL mode;
 * PostgreSQL in the subclass): above all the lookup that runs on every request. Each test
 * rolls back.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ UserRepository.class, UserGroupRepository.class, ApiKeyRepository.class })
class ApiKeyRepositoryTests {

	private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2024-03-04T08:00:00.123456Z");

	private static final OffsetDateTime TUESDAY = OffsetDateTime.parse("2024-03-05T08:00:00.654321Z");

	@Autowired
	private ApiKeyRepository keys;

	@Autowired
	private UserRepository users;

	@Autowired
	private UserGroupRepository groups;

	@Test
	void findsTheCallerBehindAHashWithTheirNameAndEveryGroup() {
		UUID editors = group("Editors");
		UUID translators = group("Translators");
		user("ann", "Ann", "Lee", UserStatus.Active, editors, translators);
		key("ann", "hash-of-anns-key", false, MONDAY);

		assertThat(this.keys.findCaller("hash-of-anns-key"))
			.contains(new CurrentUser("ann", "Ann Lee", Set.of(editors, translators), false));
	}

	@Test
	void findsTheCallerOfAnAdminKeyAsAdmin() {
		user("ann", "Ann", null, UserStatus.Active);
		key("ann", "hash-of-anns-key", true, MONDAY);

		assertThat(this.keys.findCaller("hash-of-anns-key")).contains(new CurrentUser("ann", "Ann", Set.of(), true));
	}

	@Test
	void findsOnlyTheCallerWhoseHashMatches() {
		user("ann", "Ann", "Lee", UserStatus.Active);
		user("bo", "Bo", "Berg", UserStatus.Active);
		key("ann", "hash-of-anns-key", false, MONDAY);
		key("bo", "hash-of-bos-key", true, MONDAY);

		assertThat(this.keys.findCaller("hash-of-bos-key"))
			.hasValueSatisfying((caller) -> assertThat(caller.userId()).isEqualTo("bo"));
		assertThat(this.keys.findCaller("hash-of-nobodys-key")).isEmpty();
	}

	@Test
	void findsNoCallerForAKeyOfADisabledUser() {
		user("ann", "Ann", "Lee", UserStatus.Disabled);
		user("ivy", "Ivy", "Ito", UserStatus.Invited);
		key("ann", "hash-of-anns-key", true, MONDAY);
		key("ivy", "hash-of-ivys-key", false, MONDAY);

		assertThat(this.keys.findCaller("hash-of-anns-key")).isEmpty();
		assertThat(this.keys.findCaller("hash-of-ivys-key")).isPresent();
	}

	@Test
	void countsOnlyAdminKeysOfUsersWhoAreNotDisabled() {
		user("active", null, null, UserStatus.Active);
		user("invited", null, null, UserStatus.Invited);
		user("disabled", null, null, UserStatus.Disabled);
		key("active", "h1", true, MONDAY);
		key("active", "h2", true, MONDAY);
		key("active", "h3", false, MONDAY);
		key("invited", "h4", true, MONDAY);
		key("disabled", "h5", true, MONDAY);

		assertThat(this.keys.countWorkingAdminKeys()).isEqualTo(3);
	}

	@Test
	void findsAKeyByUidWithoutItsHash() {
		user("ann", "Ann", "Lee", UserStatus.Active);
		ApiKey key = key("ann", "hash-of-anns-key", true, MONDAY);

		assertThat(this.keys.find(key.uid())).contains(key);
		assertThat(this.keys.find(UUID.randomUUID())).isEmpty();
	}

	@Test
	void findsAllKeysByCreationTime() {
		user("ann", "Ann", "Lee", UserStatus.Active);
		ApiKey later = key("ann", "h1", false, TUESDAY);
		ApiKey earlier = key("ann", "h2", true, MONDAY);

		assertThat(this.keys.findAll()).containsExactly(earlier, later);
	}

	@Test
	void tellsWhetherAHashIsKnown() {
		user("ann", "Ann", "Lee", UserStatus.Disabled);
		key("ann", "hash-of-anns-key", false, MONDAY);

		assertThat(this.keys.existsWithHash("hash-of-anns-key")).isTrue();
		assertThat(this.keys.existsWithHash("hash-of-nobodys-key")).isFalse();
	}

	@Test
	void deleteAnswersWhetherThereWasSuchAKey() {
		user("ann", "Ann", "Lee", UserStatus.Active);
		ApiKey key = key("ann", "hash-of-anns-key", false, MONDAY);

		assertThat(this.keys.delete(key.uid())).isTrue();
		assertThat(this.keys.delete(key.uid())).isFalse();
		assertThat(this.keys.findCaller("hash-of-anns-key")).isEmpty();
	}

	@Test
	void deletingAUserDeletesTheirKeys() {
		user("ann", "Ann", "Lee", UserStatus.Active);
		ApiKey key = key("ann", "hash-of-anns-key", true, MONDAY);

		this.users.delete("ann");

		assertThat(this.keys.find(key.uid())).isEmpty();
		assertThat(this.keys.existsWithHash("hash-of-anns-key")).isFalse();
	}

	@Test
	void refusesASecondKeyWithTheSameHash() {
		user("ann", "Ann", "Lee", UserStatus.Active);
		key("ann", "hash-of-anns-key", false, MONDAY);

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> key("ann", "hash-of-anns-key", true, TUESDAY));
	}

	private UUID group(String name) {
		UUID uid = UUID.randomUUID();
		this.groups.insert(new UserGroup(uid, name, MONDAY, "admin", MONDAY, "admin"));
		return uid;
	}

	private void user(String uid, String firstname, String lastname, UserStatus status, UUID... groups) {
		this.users.insert(new User(uid, null, firstname, lastname, status, List.of(groups), List.of(), MONDAY, MONDAY));
	}

	private ApiKey key(String userId, String hash, boolean admin, OffsetDateTime created) {
		ApiKey key = new ApiKey(UUID.randomUUID(), userId, "test", admin, created);
		this.keys.insert(key, hash);
		return key;
	}

}
