package org.usertasks.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.usertasks.comment.CommentService;
import org.usertasks.identity.CurrentUser;
import org.usertasks.identity.UserDetails;
import org.usertasks.identity.UserGroupService;
import org.usertasks.identity.UserService;
import org.usertasks.identity.UserStatus;
import org.usertasks.task.AttachedEntityStatus;
import org.usertasks.task.TaskContent;
import org.usertasks.task.TaskContent.EntityReference;
import org.usertasks.task.TaskService;

/**
 * Seeds example users, groups and the example tasks of Struct's reference, once: a start
 * that finds them already there leaves everything as it is.
 */
@Component
@ConditionalOnBooleanProperty("usertasks.demo.enabled")
class DemoData implements ApplicationRunner {

	static final UUID CONTENT_TEAM = UUID.fromString("2f8d3c4a-5b6e-4f70-8a91-b2c3d4e5f601");

	static final UUID TRANSLATORS = UUID.fromString("2f8d3c4a-5b6e-4f70-8a91-b2c3d4e5f602");

	static final UUID IMAGES_TASK = UUID.fromString("9fb6b427-07f7-4b01-a04b-851eaf2d65c0");

	static final UUID DESCRIPTIONS_TASK = UUID.fromString("eb284804-a977-47f9-acda-04f3ea3bbb96");

	static final UUID POOR_IMAGES_TASK = UUID.fromString("073af031-fc72-4ade-9708-1862c353dab3");

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final UserService users;

	private final UserGroupService groups;

	private final TaskService tasks;

	private final CommentService comments;

	DemoData(UserService users, UserGroupService groups, TaskService tasks, CommentService comments) {
		this.users = users;
		this.groups = groups;
		this.tasks = tasks;
		this.comments = comments;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.users.existingUserIds(List.of("3", "5", "10", "12")).isEmpty()) {
			log.info("Demo data is already there; nothing seeded.");
			return;
		}
		CurrentUser mary = new CurrentUser("3", "Mary Major", Set.of(), false);
		CurrentUser john = new CurrentUser("5", "John Doe", Set.of(CONTENT_TEAM), false);
		this.groups.create(CONTENT_TEAM, "Content team", mary);
		this.groups.create(TRANSLATORS, "Translators", mary);
		this.users.create("3", user("mary@example.com", "Mary", "Major", List.of(CONTENT_TEAM)));
		this.users.create("5", user("john@example.com", "John", "Doe", List.of(CONTENT_TEAM, TRANSLATORS)));
		this.users.create("10", user("jane@example.com", "Jane", "Roe", List.of(TRANSLATORS)));
		this.users.create("12", user("erik@example.com", "Erik", "Eriksen", List.of(CONTENT_TEAM)));

		this.tasks.create(IMAGES_TASK, new TaskContent("Please add images to these products",
				"I have added products, which are missing their primary image. They should all be available in our "
						+ "DAM for you to choose",
				OffsetDateTime.parse("2025-11-04T21:40:48.9992648+00:00"), null, List.of("12"), List.of(),
				products("1022", "1023", "1024")), john);
		this.tasks.create(DESCRIPTIONS_TASK, new TaskContent("Missing descriptions on products and variants",
				"There are a few products and variants which are missing descriptions in several languages. Use the "
						+ "english texts to translate from",
				OffsetDateTime.parse("2023-01-14T00:00:00.0000000+02:00"), null, List.of("5", "10"), List.of(),
				products("1022", "1023", "1024", "5665", "4986")), mary);
		this.comments.add(DESCRIPTIONS_TASK, UUID.fromString("8767bfd8-195e-4370-ae74-53f99b76bd4b"),
				"Okay, I will have a look right away. Is it okay to just use standard LanguageWire translations to "
						+ "begin with?",
				john);
		this.tasks.create(POOR_IMAGES_TASK, new TaskContent("Images on products in poor quality",
				"The images on some products seem to be of poor quality (see attached). Will you please go through "
						+ "them and see if we can get better images?",
				OffsetDateTime.parse("2023-01-14T00:00:00.0000000+02:00"), null, List.of("5", "10"),
				List.of(CONTENT_TEAM), products("1022", "1023", "1024")), mary);
		log.info("Seeded demo data: users 3, 5, 10 and 12, groups 'Content team' and 'Translators', and the "
				+ "example tasks of Struct's API reference.");
	}

	private static UserDetails user(String email, String firstname, String lastname, List<UUID> groups) {
		return new UserDetails(email, firstname, lastname, UserStatus.Active, groups, List.of());
	}

	private static List<EntityReference> products(String... ids) {
		return List.of(ids).stream().map((id) -> new EntityReference(0, id, AttachedEntityStatus.Pending)).toList();
	}

}
