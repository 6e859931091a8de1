package org.usertasks.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Java property paths become the names a client sees on the wire.
 */
class WireNamesTests {

	@Test
	void capitalizesASimpleName() {
		String javaPath = "deadline";

		String wire = WireNames.of(javaPath);

		assertThat(wire).isEqualTo("Deadline");
	}

	@Test
	void capitalizesEverySegmentOfANestedPathAndKeepsIndexes() {
		String javaPath = "attachedEntities[0].entityId";

		String wire = WireNames.of(javaPath);

		assertThat(wire).isEqualTo("AttachedEntities[0].EntityId");
	}

	@Test
	void keepsTheIndexOfAListItem() {
		String javaPath = "assignedUsers[12]";

		String wire = WireNames.of(javaPath);

		assertThat(wire).isEqualTo("AssignedUsers[12]");
	}

	@Test
	void leavesTheRestOfEachSegmentAsItIs() {
		String javaPath = "isSystemGenerated.lastModified";

		String wire = WireNames.of(javaPath);

		assertThat(wire).isEqualTo("IsSystemGenerated.LastModified");
	}

	@Test
	void leavesAWireNameUnchanged() {
		String alreadyWire = "AttachedEntities[3].Status";

		String wire = WireNames.of(alreadyWire);

		assertThat(wire).isEqualTo(alreadyWire);
	}

	@Test
	void answersEmptyForAnEmptyPath() {
		String javaPath = "";

		String wire = WireNames.of(javaPath);

		assertThat(wire).isEmpty();
	}

}
