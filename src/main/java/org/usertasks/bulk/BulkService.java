package org.usertasks.bulk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.usertasks.comment.CommentService;
import org.usertasks.identity.CurrentUser;
import org.usertasks.system.ConflictException;
import org.usertasks.system.InvalidRequestException;
import org.usertasks.system.NotFoundException;
import org.usertasks.system.NotPermittedException;
import org.usertasks.system.StaleVersionException;
import org.usertasks.task.TaskService;
import org.usertasks.task.TaskWorkflow;

/**
 * Applies one action to many tasks. Not transactional itself on purpose: each task
 * changes in a transaction of its own (that of the use case called), completely or not at
 * all, and the others go on.
 */
@Service
class BulkService {

	private final TaskService tasks;

	private final TaskWorkflow workflow;

	private final CommentService comments;

	BulkService(TaskService tasks, TaskWorkflow workflow, CommentService comments) {
		this.tasks = tasks;
		this.workflow = workflow;
		this.comments = comments;
	}

	List<BulkResult> apply(BulkAction action, List<UUID> uids, CurrentUser caller) {
		if (action instanceof BulkAction.Assign assign) {
			// Unknown users or groups are the request's fault, not one task's: refuse it
			// whole.
			this.tasks.checkAssignees(assign.users(), "Users", assign.groups(), "UserGroups");
		}
		List<BulkResult> results = new ArrayList<>();
		for (UUID uid : new LinkedHashSet<>(uids)) {
			results.add(applyTo(uid, action, caller));
		}
		return results;
	}

	private BulkResult applyTo(UUID uid, BulkAction action, CurrentUser caller) {
		try {
			if (action instanceof BulkAction.ChangeStatus change) {
				this.workflow.changeStatus(uid, change.status(), caller, null);
			}
			else if (action instanceof BulkAction.Assign assign) {
				this.workflow.assign(uid, assign.users(), assign.groups(), caller, null);
			}
			else if (action instanceof BulkAction.Unassign unassign) {
				this.workflow.unassign(uid, unassign.users(), unassign.groups(), caller, null);
			}
			else if (action instanceof BulkAction.AddComment comment) {
				this.comments.add(uid, null, comment.comment(), caller);
			}
			else {
				this.tasks.delete(uid, caller, null);
			}
			return BulkResult.ok(uid);
		}
		catch (NotFoundException ex) {
			return new BulkResult(uid, "notFound", ex.getMessage());
		}
		catch (ConflictException | StaleVersionException ex) {
			return new BulkResult(uid, "conflict", ex.getMessage());
		}
		catch (NotPermittedException ex) {
			return new BulkResult(uid, "forbidden", ex.getMessage());
		}
		catch (InvalidRequestException ex) {
			return new BulkResult(uid, "invalid", ex.getMessage());
		}
	}

}
