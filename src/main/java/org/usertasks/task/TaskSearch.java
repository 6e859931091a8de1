package org.usertasks.task;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.usertasks.identity.CurrentUser;
import org.usertasks.system.Timestamps;

/**
 * Finding tasks: filtered, sorted, paged lists and counts. The page and its total are
 * read in one transaction, so they agree.
 */
@Service
public class TaskSearch {

	private final TaskSearchQueries queries;

	private final Clock clock;

	TaskSearch(TaskSearchQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * One page of the tasks the query asks for. A page past the end is empty but still
	 * carries the total; {@code next} is set whenever more tasks follow.
	 */
	@Transactional(readOnly = true)
	TaskSearchPage page(TaskSearchQuery query, CurrentUser caller) {
		OffsetDateTime now = Timestamps.now(this.clock);
		long total = this.queries.count(query.filter(), caller, now);
		long offset = (query.after() != null) ? 0 : (long) (query.page() - 1) * query.pageSize();
		if (offset >= total) {
			return new TaskSearchPage(query.page(), query.pageSize(), total, List.of(), null);
		}
		TaskSearchQueries.Found found = this.queries.page(query.filter(), query.sort(), query.after(), offset,
				query.pageSize(), caller, now);
		return new TaskSearchPage(query.page(), query.pageSize(), total, found.tasks(), found.next());
	}

	/**
	 * One page of a task list asked for with the API's query parameters, for callers
	 * outside this package (the web inbox).
	 * @throws org.usertasks.system.InvalidRequestException naming each parameter that is
	 * wrong
	 */
	@Transactional(readOnly = true)
	public TaskSearchPage find(TaskSearchParams params, CurrentUser caller) {
		return page(params.toQuery(TaskSearchParams.QUERY_NAMES), caller);
	}

	/**
	 * How many of the tasks the parameters match are in each status (their own status
	 * filter left aside); a status without tasks is left out.
	 */
	@Transactional(readOnly = true)
	public Map<TaskStatus, Long> countByStatus(TaskSearchParams params, CurrentUser caller) {
		TaskFilter filter = params.toQuery(TaskSearchParams.QUERY_NAMES).filter().withoutStatus();
		return this.queries.countByStatus(filter, caller, Timestamps.now(this.clock));
	}

	/** How many tasks the filter matches. */
	@Transactional(readOnly = true)
	long count(TaskFilter filter, CurrentUser caller) {
		return this.queries.count(filter, caller, Timestamps.now(this.clock));
	}

}
