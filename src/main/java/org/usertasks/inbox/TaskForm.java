package org.usertasks.inbox;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.usertasks.system.FieldProblem;
import org.usertasks.system.InvalidRequestException;
import org.usertasks.task.AttachedEntity;
import org.usertasks.task.AttachedEntityStatus;
import org.usertasks.task.Task;
import org.usertasks.task.TaskContent;
import org.usertasks.task.TaskStatus;

/**
 * What a person typed into the create or edit form, kept as typed so that the form can be
 * shown again with a message. A mutable bean because Spring binds the indexed entity rows
 * ({@code entities[2].id}) onto it.
 */
class TaskForm {

	static final int MAX_TITLE_LENGTH = 1000;

	static final int MAX_DESCRIPTION_LENGTH = 100_000;

	static final int MAX_ENTITY_ID_LENGTH = 255;

	/** Empty entity rows a form offers below the filled ones. */
	static final int EMPTY_ROWS = 2;

	private String title = "";

	private String description = "";

	private String deadline = "";

	private @Nullable TaskStatus status;

	private String assignedUsers = "";

	private List<UUID> assignedGroups = new ArrayList<>();

	private List<EntityRow> entities = new ArrayList<>();

	private @Nullable Long version;

	/** An empty form for a new task. */
	static TaskForm blank() {
		TaskForm form = new TaskForm();
		form.addEmptyRows(EMPTY_ROWS + 1);
		return form;
	}

	/** The form filled with a task as it is. */
	static TaskForm of(Task task) {
		TaskForm form = new TaskForm();
		form.title = (task.title() != null) ? task.title() : "";
		form.description = (task.description() != null) ? task.description() : "";
		form.deadline = WebTimes.inputValue(task.deadline());
		form.status = task.status();
		form.assignedUsers = String.join(", ", task.assignedUsers());
		form.assignedGroups = new ArrayList<>(task.assignedUserGroups());
		for (AttachedEntity entity : task.attachedEntities()) {
			form.entities.add(new EntityRow(entity.entityType(), entity.entityId(), entity.status()));
		}
		form.addEmptyRows(EMPTY_ROWS);
		form.version = task.version();
		return form;
	}

	void addEmptyRows(int count) {
		for (int i = 0; i < count; i++) {
			this.entities.add(new EntityRow());
		}
	}

	/**
	 * The task's content as the service takes it. Rows without an entity id are left out;
	 * a status of null keeps the task's.
	 * @throws InvalidRequestException naming the form's fields (title, deadline,
	 * entities[1].id) with what is wrong
	 */
	TaskContent toContent() {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.title.length() > MAX_TITLE_LENGTH) {
			problems.add(new FieldProblem("title", "The title is too long: at most " + MAX_TITLE_LENGTH
					+ " characters, not " + this.title.length() + "."));
		}
		if (this.description.length() > MAX_DESCRIPTION_LENGTH) {
			problems.add(new FieldProblem("description",
					"The description is too long: at most " + MAX_DESCRIPTION_LENGTH + " characters."));
		}
		OffsetDateTime at = null;
		try {
			at = WebTimes.parse(this.deadline);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem("deadline",
					"The deadline is not a date and time like 2024-03-05T17:00, but '" + this.deadline + "'."));
		}
		List<TaskContent.EntityReference> references = new ArrayList<>();
		for (int i = 0; i < this.entities.size(); i++) {
			EntityRow row = this.entities.get(i);
			String id = row.getId().trim();
			if (id.isEmpty()) {
				continue;
			}
			if (id.length() > MAX_ENTITY_ID_LENGTH) {
				problems.add(new FieldProblem("entities[" + i + "].id",
						"The entity id is too long: at most " + MAX_ENTITY_ID_LENGTH + " characters."));
			}
			if (row.getType() < 0) {
				problems.add(new FieldProblem("entities[" + i + "].type", "Choose the kind of entity."));
			}
			references.add(new TaskContent.EntityReference(row.getType(), id, row.getStatus()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		List<String> users = Arrays.stream(this.assignedUsers.split(","))
			.map(String::trim)
			.filter((user) -> !user.isEmpty())
			.toList();
		return new TaskContent(blankToNull(this.title), blankToNull(this.description), at, this.status, users,
				List.copyOf(this.assignedGroups), references);
	}

	/**
	 * The form field a service problem is about: "AssignedUsers[1]" is the users field.
	 */
	static String formField(String problemField) {
		String name = problemField.toLowerCase(java.util.Locale.ROOT);
		if (name.startsWith("assignedusergroups")) {
			return "assignedGroups";
		}
		if (name.startsWith("assignedusers")) {
			return "assignedUsers";
		}
		if (name.startsWith("attachedentities")) {
			return "entities";
		}
		if (name.startsWith("deadline")) {
			return "deadline";
		}
		if (name.startsWith("title")) {
			return "title";
		}
		if (name.startsWith("description")) {
			return "description";
		}
		return problemField;
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(@Nullable String title) {
		this.title = (title != null) ? title : "";
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = (description != null) ? description : "";
	}

	public String getDeadline() {
		return this.deadline;
	}

	public void setDeadline(@Nullable String deadline) {
		this.deadline = (deadline != null) ? deadline : "";
	}

	public @Nullable TaskStatus getStatus() {
		return this.status;
	}

	public void setStatus(@Nullable TaskStatus status) {
		this.status = status;
	}

	public String getAssignedUsers() {
		return this.assignedUsers;
	}

	public void setAssignedUsers(@Nullable String assignedUsers) {
		this.assignedUsers = (assignedUsers != null) ? assignedUsers : "";
	}

	public List<UUID> getAssignedGroups() {
		return this.assignedGroups;
	}

	public void setAssignedGroups(@Nullable List<UUID> assignedGroups) {
		this.assignedGroups = (assignedGroups != null) ? new ArrayList<>(assignedGroups) : new ArrayList<>();
	}

	/** Whether the form assigns the group with this id (as the page writes it). */
	public boolean hasGroup(String id) {
		return this.assignedGroups.stream().anyMatch((group) -> group.toString().equals(id));
	}

	public List<EntityRow> getEntities() {
		return this.entities;
	}

	public void setEntities(@Nullable List<EntityRow> entities) {
		this.entities = (entities != null) ? entities : new ArrayList<>();
	}

	public @Nullable Long getVersion() {
		return this.version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

	/** One row of the entity table: its type (0 Product...), id and status. */
	static class EntityRow {

		private int type;

		private String id = "";

		private AttachedEntityStatus status = AttachedEntityStatus.Pending;

		public EntityRow() {
		}

		EntityRow(int type, String id, AttachedEntityStatus status) {
			this.type = type;
			this.id = id;
			this.status = status;
		}

		public int getType() {
			return this.type;
		}

		public void setType(int type) {
			this.type = type;
		}

		public String getId() {
			return this.id;
		}

		public void setId(@Nullable String id) {
			this.id = (id != null) ? id : "";
		}

		public AttachedEntityStatus getStatus() {
			return this.status;
		}

		public void setStatus(@Nullable AttachedEntityStatus status) {
			this.status = (status != null) ? status : AttachedEntityStatus.Pending;
		}

	}

}
