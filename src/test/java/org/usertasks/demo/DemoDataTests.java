package org.usertasks.demo;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.usertasks.task.TaskService;
import org.usertasks.task.TaskView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code USERTASKS_DEMO=true} seeds Struct's reference tasks once.
 */
@SpringBootTest(properties = "usertasks.demo.enabled=true")
class DemoDataTests {

	@Autowired
	TaskService tasks;

	@Autowired
	DemoData demoData;

	@Autowired
	JdbcClient jdbc;

	@Test
	void seedsTheReferenceTasksWithTheirComment() {
		List<TaskView> seeded = this.tasks.batch(List.of(DemoData.IMAGES_TASK, DemoData.DESCRIPTIONS_TASK));

		assertThat(seeded).hasSize(2);
		assertThat(seeded.get(0).task().title()).isEqualTo("Please add images to these products");
		assertThat(seeded.get(0).task().attachedEntities()).extracting("entityId")
			.containsExactly("1022", "1023", "1024");
		assertThat(seeded.get(1).task().assignedUsers()).containsExactly("5", "10");
		assertThat(seeded.get(1).comments()).singleElement().satisfies((comment) -> {
			assertThat(comment.uid()).isEqualTo(UUID.fromString("8767bfd8-195e-4370-ae74-53f99b76bd4b"));
			assertThat(comment.name()).isEqualTo("John Doe");
		});
	}

	@Test
	void aSecondRunSeedsNothingMore() throws Exception {
		long before = this.jdbc.sql("select count(*) from user_task").query(Long.class).single();

		this.demoData.run(new DefaultApplicationArguments());

		long after = this.jdbc.sql("select count(*) from user_task").query(Long.class).single();
		assertThat(after).isEqualTo(before).isEqualTo(3);
	}

}
