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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL of {@link UserRepository} on the configured database (H2 in PostgreSQL mode;
 * PostgreSQL in the subclass), after Flyway created the schema. Each test rolls back.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ UserRepository.class, UserGroupRepository.class, ApiKeyRepository.class })
class UserRepositoryTests {

	private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2024-03-04T08:00:00.123456Z");

	private static final OffsetDateTime TUESDAY = OffsetDateTime.parse("2024-03-05T08:00:00.654321Z");

	@Autowired
	private UserRepository users;

	@Autowired
	private UserGroupRepository groups;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void findsAnInsertedUserWithRolesAndGroupsInTheirOrder() {
		UUID editors = group("Editors");
		UUID translators = group("Translators");
		User ann = new User("5", "ann@example.com", "Ann", "Lee", UserStatus.Invited, List.of(translators, editors),
				List.of("Zeta", "Alpha", "Mu"), MONDAY, TUESDAY);

		this.users.insert(ann);

		assertThat(this.users.find("5")).contains(ann);
	}

	@Test
	void findsNothingForAnUnknownUid() {
		this.users.insert(user("5", MONDAY));

		assertThat(this.users.find("6")).isEmpty();
	}

	@Test
	void findsAllUsersByCreationTimeThenUidEachWithTheirOwnRolesAndGroups() {
		UUID editors = group("Editors");
		UUID translators = group("Translators");
		User b = new User("b", null, null, null, UserStatus.Active, List.of(editors), List.of("Editor"), TUESDAY,
				TUESDAY);
		User a = new User("a", null, null, null, UserStatus.Active, List.of(translators, editors),
				List.of("Translator"), TUESDAY, TUESDAY);
		User c = new User("c", null, null, null, UserStatus.Disabled, List.of(), List.of(), MONDAY, MONDAY);
		this.users.insert(b);
		this.users.insert(a);
		this.users.insert(c);

		List<User> all = this.users.findAll();

		assertThat(all).containsExactly(c, a, b);
	}

	@Test
	void updateReplacesTheEditableFieldsRolesAndGroupsButKeepsCreated() {
		UUID editors = group("Editors");
		UUID translators = group("Translators");
		this.users.insert(new User("5", "ann@example.com", "Ann", "Lee", UserStatus.Active, List.of(editors),
				List.of("Editor", "Reviewer"), MONDAY, MONDAY));

		boolean updated = this.users.update(new User("5", null, "Anna", "Berg", UserStatus.Disabled,
				List.of(translators), List.of("Reviewer"), TUESDAY, TUESDAY));

		assertThat(updated).isTrue();
		assertThat(this.users.find("5")).contains(new User("5", null, "Anna", "Berg", UserStatus.Disabled,
				List.of(translators), List.of("Reviewer"), MONDAY, TUESDAY));
	}

	@Test
	void updateOfAnUnknownUserAnswersFalseAndStoresNothing() {
		UUID editors = group("Editors");

		boolean updated = this.users.update(new User("5", null, "Ann", null, UserStatus.Active, List.of(editors),
				List.of("Editor"), MONDAY, MONDAY));

		assertThat(updated).isFalse();
		assertThat(this.users.findAll()).isEmpty();
		assertThat(rows("app_user_role")).isZero();
		assertThat(rows("user_group_member")).isZero();
	}

	@Test
	void deleteRemovesTheUserWithRolesAndMemberships() {
		UUID editors = group("Editors");
		this.users.insert(new User("5", null, "Ann", null, UserStatus.Active, List.of(editors), List.of("Editor"),
				MONDAY, MONDAY));
		this.users.insert(user("6", MONDAY));

		boolean deleted = this.users.delete("5");

		assertThat(deleted).isTrue();
		assertThat(this.users.find("5")).isEmpty();
		assertThat(this.users.find("6")).isPresent();
		assertThat(rows("app_user_role")).isZero();
		assertThat(rows("user_group_member")).isZero();
	}

	@Test
	void deleteOfAnUnknownUserAnswersFalse() {
		this.users.insert(user("5", MONDAY));

		boolean deleted = this.users.delete("6");

		assertThat(deleted).isFalse();
		assertThat(this.users.find("5")).isPresent();
	}

	@Test
	void deletingAGroupRemovesItFromItsMembers() {
		UUID editors = group("Editors");
		UUID translators = group("Translators");
		this.users.insert(new User("5", null, null, null, UserStatus.Active, List.of(editors, translators), List.of(),
				MONDAY, MONDAY));

		this.groups.delete(editors);

		assertThat(this.users.find("5"))
			.hasValueSatisfying((user) -> assertThat(user.userGroups()).containsExactly(translators));
	}

	@Test
	void tellsWhichUidsExist() {
		this.users.insert(user("5", MONDAY));
		this.users.insert(user("12", MONDAY));

		Set<String> existing = this.users.existing(List.of("12", "99", "5"));

		assertThat(existing).containsExactlyInAnyOrder("5", "12");
		assertThat(this.users.existing(List.of())).isEmpty();
		assertThat(this.users.exists("5")).isTrue();
		assertThat(this.users.exists("99")).isFalse();
	}

	@Test
	void tellsWhichGroupIdsExist() {
		UUID editors = group("Editors");
		UUID unknown = UUID.randomUUID();

		Set<UUID> existing = this.groups.existing(List.of(unknown, editors));

		assertThat(existing).containsExactly(editors);
		assertThat(this.groups.existing(List.of())).isEmpty();
	}

	private UUID group(String name) {
		UUID uid = UUID.randomUUID();
		this.groups.insert(new UserGroup(uid, name, MONDAY, "admin", MONDAY, "admin"));
		return uid;
	}

	private static User user(String uid, OffsetDateTime created) {
		return new User(uid, null, null, null, UserStatus.Active, List.of(), List.of(), created, created);
	}

	private long rows(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
