package org.usertasks.task;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.usertasks.ApiClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filtering, text search, sorting, page sizes and cursor paging of
 * {@code GET /v1/usertasks}, {@code POST /v1/usertasks/search} and
 * {@code GET /v1/usertasks/count}, end to end.
 */
class TaskSearchApiTests extends TaskApiTestSupport {

	private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

	// --- Struct's list stays as it was

	@Test
	void withoutParametersAnswersStructsListExactly() {
		List<String> posted = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			this.clock.set(SettableClock.START.minusSeconds(i));
			posted.add(createTask("Task " + i));
		}

		ApiClient.Response response = this.admin.get("/v1/usertasks");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().propertyNames()).containsExactly("Page", "PageSize", "Total", "UserTasks");
		assertThat(response.json().get("Page").asInt()).isEqualTo(1);
		assertThat(response.json().get("PageSize").asInt()).isEqualTo(100);
		assertThat(response.json().get("Total").asLong()).isEqualTo(3);
		assertThat(uids(response.json().get("UserTasks"))).containsExactly(posted.get(2), posted.get(1), posted.get(0));
		assertThat(response.header("Link")).isNull();
	}

	@Test
	void pageOfStructsListLinksToTheRestByCursor() {
		List<String> posted = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			posted.add(createTask("Task " + i));
		}
		posted.sort(Comparator.naturalOrder());

		ApiClient.Response first = this.admin.get("/v1/usertasks");
		ApiClient.Response rest = follow(first);

		assertThat(uids(first.json().get("UserTasks"))).containsExactlyElementsOf(posted.subList(0, 100));
		assertThat(next(first)).contains("sort=created").contains("pageSize=100").contains("after=");
		assertThat(rest.json().get("Page").asInt()).isZero();
		assertThat(rest.json().get("Total").asLong()).isEqualTo(101);
		assertThat(uids(rest.json().get("UserTasks"))).containsExactly(posted.get(100));
		assertThat(rest.header("Link")).isNull();
	}

	// --- filters

	@Test
	void inboxHoldsTheCallersTasksAndThoseOfTheCallersGroups() {
		String translators = createGroup("Translators");
		String editors = createGroup("Editors");
		createUser("7", "Kim", "Lund", translators);
		createUsers("8");
		ApiClient kim = this.admin.as(createKey("7", false));
		String mine = posted("\"AssignedUsers\": [\"7\"]");
		String ofMyGroup = posted("\"AssignedUserGroups\": [\"" + translators + "\"]");
		String both = posted("\"AssignedUsers\": [\"7\", \"8\"], \"AssignedUserGroups\": [\"" + translators + "\"]");
		posted("\"AssignedUsers\": [\"8\"], \"AssignedUserGroups\": [\"" + editors + "\"]");
		posted("\"Title\": \"Nobody's\"");

		List<String> inbox = listed(kim, "inbox=me");

		assertThat(inbox).containsExactlyInAnyOrder(mine, ofMyGroup, both);
		assertThat(count(kim, "inbox=me")).isEqualTo(3);
	}

	@Test
	void inboxOfAUserWithoutGroupsHoldsTheirOwnTasks() {
		createUsers("8");
		ApiClient ann = clientOf("12", "Ann", "Lee");
		String mine = posted("\"AssignedUsers\": [\"12\"]");
		posted("\"AssignedUsers\": [\"8\"]");

		assertThat(listed(ann, "inbox=ME")).containsExactly(mine);
	}

	@Test
	void filtersByAssignedUsersAndGroups() {
		String translators = createGroup("Translators");
		String editors = createGroup("Editors");
		createUsers("5", "10", "12");
		String five = posted("\"AssignedUsers\": [\"5\"]");
		String ten = posted("\"AssignedUsers\": [\"10\", \"12\"], \"AssignedUserGroups\": [\"" + editors + "\"]");
		String translated = posted("\"AssignedUserGroups\": [\"" + translators + "\"]");
		posted("\"AssignedUsers\": [\"12\"]");

		assertThat(listed("assignedUser=5")).containsExactly(five);
		assertThat(listed("assignedUser=5&assignedUser=10")).containsExactlyInAnyOrder(five, ten);
		assertThat(listed("assignedUser=5,10")).containsExactlyInAnyOrder(five, ten);
		assertThat(listed("assignedUserGroup=" + translators)).containsExactly(translated);
		assertThat(listed("assignedUser=10&assignedUserGroup=" + editors)).containsExactly(ten);
		assertThat(listed("assignedUser=nobody")).isEmpty();
	}

	@Test
	void filtersByCreator() {
		ApiClient ann = clientOf("12", "Ann", "Lee");
		String byAnn = uid();
		assertThat(ann.post("/v1/usertasks", "{\"Uid\": \"" + byAnn + "\"}").status()).isEqualTo(200);
		String byAdmin = posted("\"Title\": \"By the admin\"");

		assertThat(listed("createdBy=12")).containsExactly(byAnn);
		assertThat(listed("createdBy=admin&createdBy=12")).containsExactlyInAnyOrder(byAnn, byAdmin);
	}

	@Test
	void filtersByStatusGivenAsNumbersOrNames() {
		String fresh = posted("\"Title\": \"New\"");
		String working = posted("\"Title\": \"Working\"", 2);
		String done = posted("\"Title\": \"Done\"", 4);

		assertThat(listed("status=2")).containsExactly(working);
		assertThat(listed("status=0&status=4")).containsExactlyInAnyOrder(fresh, done);
		assertThat(listed("status=0,Completed")).containsExactlyInAnyOrder(fresh, done);
		assertThat(listed("status=inprogress")).containsExactly(working);
		assertThat(listed("status=3")).isEmpty();
	}

	@Test
	void filtersByDeadline() {
		String early = posted("\"Deadline\": \"2024-03-10T00:00:00+02:00\"");
		String late = posted("\"Deadline\": \"2024-03-20T12:00:00Z\"");
		String none = posted("\"Title\": \"No deadline\"");

		assertThat(listed("deadlineBefore=2024-03-15T00:00:00Z")).containsExactly(early);
		assertThat(listed("deadlineAfter=2024-03-15")).containsExactly(late);
		assertThat(listed("deadlineAfter=2024-03-09T22:00:00Z")).containsExactlyInAnyOrder(early, late);
		assertThat(listed("deadlineBefore=2024-03-09T22:00:00Z")).isEmpty();
		assertThat(listed("deadlineAfter=2024-03-10T00:00:00%2B02:00&deadlineBefore=2024-03-20T12:00:00Z"))
			.containsExactly(early);
		// An unencoded '+' arrives as a space; read leniently as the offset it was.
		assertThat(listed("deadlineBefore=2024-03-10T00:00:01+02:00")).containsExactly(early);
		assertThat(listed("hasDeadline=true")).containsExactlyInAnyOrder(early, late);
		assertThat(listed("hasDeadline=false")).containsExactly(none);
	}

	@Test
	void overdueMeansDeadlinePassedAndNotCompletedByTheServiceClock() {
		String passed = posted("\"Deadline\": \"2024-03-01T07:59:59Z\"", 2);
		String passedButDone = posted("\"Deadline\": \"2024-03-01T07:00:00Z\"", 4);
		String reopened = posted("\"Deadline\": \"2024-02-01T00:00:00Z\"", 1);
		String later = posted("\"Deadline\": \"2024-03-01T09:00:00Z\"");
		String none = posted("\"Title\": \"No deadline\"");

		List<String> overdueNow = listed("overdue=true");
		List<String> notOverdueNow = listed("overdue=false");
		this.clock.advance(Duration.ofHours(2));
		List<String> overdueLater = listed("overdue=true");

		assertThat(overdueNow).containsExactlyInAnyOrder(passed, reopened);
		assertThat(notOverdueNow).containsExactlyInAnyOrder(passedButDone, later, none);
		assertThat(overdueLater).containsExactlyInAnyOrder(passed, reopened, later);
		assertThat(count(this.admin, "overdue=true")).isEqualTo(3);
	}

	@Test
	void filtersByCreatedAndLastModified() {
		this.clock.set("2024-03-01T08:00:00Z");
		String march = posted("\"Title\": \"March\"");
		this.clock.set("2024-04-01T08:00:00Z");
		String april = posted("\"Title\": \"April\"");
		this.clock.set("2024-05-01T08:00:00Z");
		putTask("{\"Uid\": \"" + march + "\", \"Title\": \"March, edited in May\"}");

		assertThat(listed("createdAfter=2024-04-01T08:00:00Z")).containsExactly(april);
		assertThat(listed("createdBefore=2024-04-01T08:00:00Z")).containsExactly(march);
		assertThat(listed("createdAfter=2024-03-01&createdBefore=2024-04-02")).containsExactly(march, april);
		assertThat(listed("modifiedSince=2024-05-01T08:00:00Z")).containsExactly(march);
		assertThat(listed("modifiedSince=2024-04-01T08:00:00Z")).containsExactly(march, april);
		assertThat(listed("modifiedSince=2024-05-01T08:00:00.000001Z")).isEmpty();
	}

	@Test
	void findsTheTasksAboutAnEntity() {
		String product = posted("\"AttachedEntities\": [{\"EntityType\": 0, \"EntityId\": \"1022\"}, "
				+ "{\"EntityType\": 2, \"EntityId\": \"7\"}]");
		String variant = posted("\"AttachedEntities\": [{\"EntityType\": 1, \"EntityId\": \"1022\"}]");
		String other = posted("\"AttachedEntities\": [{\"EntityType\": 0, \"EntityId\": \"1023\"}]");

		assertThat(listed("entityType=0&entityId=1022")).containsExactly(product);
		assertThat(listed("entityType=Product&entityId=1022&entityId=1023")).containsExactlyInAnyOrder(product, other);
		assertThat(listed("entityType=1")).containsExactly(variant);
		assertThat(listed("entityType=3")).isEmpty();
		assertThat(count(this.admin, "entityType=0&entityId=1022")).isEqualTo(1);
	}

	@Test
	void searchesTitleAndDescriptionIgnoringCase() {
		String title = posted("\"Title\": \"Add IMAGES to products\"");
		String description = posted("\"Title\": \"Photos\", \"Description\": \"Some images are missing\"");
		String percent = posted("\"Title\": \"Raise prices by 5% or 10_000\"");
		posted("\"Title\": \"Translate\", \"Description\": \"Into Danish\"");

		assertThat(listed("q=images")).containsExactlyInAnyOrder(title, description);
		assertThat(listed("q=Image")).containsExactlyInAnyOrder(title, description);
		assertThat(listed("q=5%25")).containsExactly(percent);
		assertThat(listed("q=10_0")).containsExactly(percent);
		// Wildcards match themselves only.
		assertThat(listed("q=%25")).containsExactly(percent);
		assertThat(listed("q=_")).containsExactly(percent);
		assertThat(listed("q=Dan%25sh")).isEmpty();
	}

	@Test
	void combinesFiltersAndCountsTheMatchesForEveryPage() {
		createUsers("5");
		for (int i = 0; i < 5; i++) {
			posted("\"Title\": \"Image " + i + "\", \"AssignedUsers\": [\"5\"]");
		}
		posted("\"Title\": \"Image, not assigned\"");
		posted("\"Title\": \"Price\", \"AssignedUsers\": [\"5\"]");

		JsonNode page = this.admin.get("/v1/usertasks?assignedUser=5&q=image&pageSize=2&page=2").json();

		assertThat(page.get("Page").asInt()).isEqualTo(2);
		assertThat(page.get("PageSize").asInt()).isEqualTo(2);
		assertThat(page.get("Total").asLong()).isEqualTo(5);
		assertThat(page.get("UserTasks").size()).isEqualTo(2);
		assertThat(count(this.admin, "assignedUser=5&q=image")).isEqualTo(5);
		assertThat(count(this.admin, "")).isEqualTo(7);
	}

	// --- sorting and paging

	@ParameterizedTest
	@ValueSource(strings = { "created", "-created", "deadline", "-deadline", "lastModified", "-lastModified", "status",
			"-status", "title", "-title" })
	void sortsByEachKeyWithTiesByUidAndPagesByCursorReadingEveryTaskOnce(String sort) {
		List<Posted> posted = postTasksWithTies();
		List<String> expected = posted.stream().sorted(order(sort)).map(Posted::uid).toList();

		List<String> all = listed("sort=" + sort);
		List<String> byCursor = new ArrayList<>();
		int pages = 0;
		for (ApiClient.Response page = this.admin
			.get("/v1/usertasks?pageSize=4&sort=" + sort); page != null; page = (page.header("Link") != null)
					? follow(page) : null) {
			byCursor.addAll(uids(page.json().get("UserTasks")));
			pages++;
		}

		assertThat(all).containsExactlyElementsOf(expected);
		assertThat(byCursor).containsExactlyElementsOf(expected);
		assertThat(pages).isEqualTo(5);
	}

	@Test
	void pagesByNumberInTheSortAsked() {
		List<Posted> posted = postTasksWithTies();
		List<String> expected = posted.stream().sorted(order("-deadline")).map(Posted::uid).toList();

		List<String> second = uids(
				this.admin.get("/v1/usertasks?sort=-deadline&pageSize=5&page=2").json().get("UserTasks"));
		JsonNode third = this.admin.get("/v1/usertasks?sort=-deadline&pageSize=5&page=3").json();

		assertThat(second).containsExactlyElementsOf(expected.subList(5, 10));
		assertThat(third.get("Page").asInt()).isEqualTo(3);
		assertThat(third.get("PageSize").asInt()).isEqualTo(5);
		assertThat(uids(third.get("UserTasks"))).containsExactlyElementsOf(expected.subList(10, 15));
	}

	@Test
	void cursorPagingKeepsTheFilterAndSkipsNothingWhenTasksAreAdded() {
		createUsers("5");
		List<String> assigned = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			this.clock.advance(Duration.ofSeconds(1));
			assigned.add(posted("\"Title\": \"A + B: 50% done\", \"AssignedUsers\": [\"5\"]"));
			posted("\"Title\": \"Unassigned\"");
		}

		ApiClient.Response first = this.admin.get("/v1/usertasks?assignedUser=5&q=%2B+B:+50%25&pageSize=3");
		this.clock.advance(Duration.ofSeconds(1));
		String added = posted("\"Title\": \"A + B: 50% done\", \"AssignedUsers\": [\"5\"]");
		ApiClient.Response second = follow(first);
		ApiClient.Response third = follow(second);

		assertThat(first.json().get("Total").asLong()).isEqualTo(7);
		List<String> read = new ArrayList<>(uids(first.json().get("UserTasks")));
		read.addAll(uids(second.json().get("UserTasks")));
		read.addAll(uids(third.json().get("UserTasks")));
		assertThat(read).containsExactlyElementsOf(plus(assigned, added));
		assertThat(second.json().get("PageSize").asInt()).isEqualTo(3);
		assertThat(third.header("Link")).isNull();
	}

	@Test
	void acceptsPageSizesFromOneToAThousand() {
		createTask("One");
		createTask("Two");

		JsonNode one = this.admin.get("/v1/usertasks?pageSize=1").json();
		JsonNode thousand = this.admin.get("/v1/usertasks?pageSize=1000").json();

		assertThat(one.get("PageSize").asInt()).isEqualTo(1);
		assertThat(one.get("UserTasks").size()).isEqualTo(1);
		assertThat(thousand.get("PageSize").asInt()).isEqualTo(1000);
		assertThat(thousand.get("UserTasks").size()).isEqualTo(2);
	}

	// --- POST /v1/usertasks/search

	@Test
	void searchWithABodyAnswersAsTheListWithQueryParameters() {
		String translators = createGroup("Translators");
		createUser("7", "Kim", "Lund", translators);
		ApiClient kim = this.admin.as(createKey("7", false));
		for (int i = 0; i < 4; i++) {
			this.clock.advance(Duration.ofMinutes(1));
			posted("\"Title\": \"Add images " + i + "\", \"Deadline\": \"2024-04-0" + (i + 1)
					+ "T00:00:00Z\", \"AssignedUserGroups\": [\"" + translators + "\"]", i % 3);
		}
		posted("\"Title\": \"Add images, not mine\"");

		ApiClient.Response get = kim.get("/v1/usertasks?inbox=me&status=0&status=2&q=images&sort=-deadline&pageSize=1");
		ApiClient.Response post = kim.post("/v1/usertasks/search",
				"{\"Inbox\": \"me\", \"Status\": [0, \"InProgress\"], \"Q\": \"images\", \"Sort\": \"-deadline\", "
						+ "\"PageSize\": 1}",
				JSON_PATCH);

		assertThat(post.status()).as(post.body()).isEqualTo(200);
		assertThat(post.json()).isEqualTo(get.json());
		assertThat(post.json().get("Total").asLong()).isEqualTo(3);
		assertThat(post.header("Link")).isEqualTo(get.header("Link"));
		ApiClient.Response afterCursor = kim.post("/v1/usertasks/search",
				"{\"Inbox\": \"me\", \"Status\": [0, 2], \"Q\": \"images\", \"Sort\": \"-deadline\", \"PageSize\": 1, "
						+ "\"After\": \"" + after(post) + "\"}");
		assertThat(afterCursor.json()).isEqualTo(follow(get).json());
	}

	@Test
	void searchWithAnEmptyBodyListsEverything() {
		createTask("One");

		ApiClient.Response post = this.admin.post("/v1/usertasks/search", "{}");

		assertThat(post.json()).isEqualTo(this.admin.get("/v1/usertasks").json());
	}

	// --- invalid parameters

	@Test
	void answers400NamingTheParameterForBadValues() {
		assertInvalid(this.admin.get("/v1/usertasks?sort=priority"), "sort", "lastModified");
		assertInvalid(this.admin.get("/v1/usertasks?pageSize=0"), "pageSize", "between 1 and 1000");
		assertInvalid(this.admin.get("/v1/usertasks?pageSize=1001"), "pageSize", "between 1 and 1000");
		assertInvalid(this.admin.get("/v1/usertasks?pageSize=many"), "pageSize", "integer");
		assertInvalid(this.admin.get("/v1/usertasks?deadlineBefore=14.01.2023"), "deadlineBefore", "ISO-8601");
		assertInvalid(this.admin.get("/v1/usertasks?createdAfter=2023-02-30"), "createdAfter", "ISO-8601");
		assertInvalid(this.admin.get("/v1/usertasks?modifiedSince=yesterday"), "modifiedSince", "ISO-8601");
		assertInvalid(this.admin.get("/v1/usertasks?after=bm90IGEgY3Vyc29y"), "after", "cursor");
		assertInvalid(this.admin.get("/v1/usertasks?after=%25%25"), "after", "cursor");
		assertInvalid(this.admin.get("/v1/usertasks?entityId=1022"), "entityId", "entityType");
		assertInvalid(this.admin.get("/v1/usertasks?entityType=-1"), "entityType", "non-negative");
		assertInvalid(this.admin.get("/v1/usertasks?status=9"), "status", "4 Completed");
		assertInvalid(this.admin.get("/v1/usertasks?status=Done"), "status", "4 Completed");
		assertInvalid(this.admin.get("/v1/usertasks?overdue=yes"), "overdue", "true or false");
		assertInvalid(this.admin.get("/v1/usertasks?inbox=you"), "inbox", "'me'");
		assertInvalid(this.admin.get("/v1/usertasks?assignedUserGroup=translators"), "assignedUserGroup", "UUID");
		assertInvalid(this.admin.get("/v1/usertasks/count?status=9"), "status", "4 Completed");
	}

	@Test
	void answers400ForACursorOfAnotherSortOrWithAPage() {
		createTask("One");
		createTask("Two");
		String after = after(this.admin.get("/v1/usertasks?pageSize=1"));

		assertInvalid(this.admin.get("/v1/usertasks?pageSize=1&sort=title&after=" + after), "after", "sort=created");
		assertInvalid(this.admin.get("/v1/usertasks?pageSize=1&page=2&after=" + after), "after", "page");
	}

	@Test
	void answers400NamingTheBodyPropertyInPascalCase() {
		ApiClient.Response response = this.admin.post("/v1/usertasks/search",
				"{\"PageSize\": 0, \"Sort\": \"priority\", \"EntityId\": \"1022\"}");

		assertInvalid(response, "PageSize", "between 1 and 1000");
		assertInvalid(response, "Sort", "lastModified");
		assertInvalid(response, "EntityId", "EntityType");
	}

	// --- helpers

	/**
	 * Twenty tasks whose created, deadline, last-modified, status and title values
	 * repeat, some without deadline or title, so that every sort has ties and nulls.
	 */
	private List<Posted> postTasksWithTies() {
		List<Posted> posted = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			this.clock.set(SettableClock.START.plusSeconds(i % 4));
			Instant deadline = (i % 5 == 0) ? null : Instant.parse("2024-04-01T00:00:00Z").plusSeconds(i % 3);
			String title = (i % 6 == 0) ? null : "Task " + (char) ('a' + i % 4);
			int status = i % 5;
			String uid = posted("\"Title\": " + ((title != null) ? "\"" + title + "\"" : "null") + ", \"Deadline\": "
					+ ((deadline != null) ? "\"" + deadline + "\"" : "null"), status);
			posted.add(new Posted(uid, SettableClock.START.plusSeconds(i % 4), deadline, this.clock.instant(), status,
					title));
		}
		return posted;
	}

	private static Comparator<Posted> order(String sort) {
		boolean descending = sort.startsWith("-");
		Comparator<Posted> key = switch (sort.replace("-", "")) {
			case "created" -> Comparator.comparing(Posted::created);
			case "deadline" -> Comparator.comparing(Posted::deadline, Comparator.nullsLast(Comparator.naturalOrder()));
			case "lastModified" -> Comparator.comparing(Posted::lastModified);
			case "status" -> Comparator.comparingInt(Posted::status);
			case "title" -> Comparator.comparing(Posted::title, Comparator.nullsLast(Comparator.naturalOrder()));
			default -> throw new IllegalArgumentException(sort);
		};
		Comparator<Posted> total = key.thenComparing(Posted::uid);
		return descending ? total.reversed() : total;
	}

	/** Posts a task with these JSON properties (and a new Uid) and answers its Uid. */
	private String posted(String properties) {
		return posted(properties, 0);
	}

	/**
	 * Posts a task, then puts it with the same properties and a status other than New.
	 */
	private String posted(String properties, int status) {
		String uid = uid();
		postTask("{\"Uid\": \"" + uid + "\", " + properties + "}");
		if (status != 0) {
			putTask("{\"Uid\": \"" + uid + "\", " + properties + ", \"Status\": " + status + "}");
		}
		return uid;
	}

	private static String uid() {
		return UUID.randomUUID().toString();
	}

	private List<String> listed(String query) {
		return listed(this.admin, query);
	}

	private static List<String> listed(ApiClient client, String query) {
		ApiClient.Response response = client.get("/v1/usertasks?pageSize=1000&" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return uids(response.json().get("UserTasks"));
	}

	private static long count(ApiClient client, String query) {
		ApiClient.Response response = client.get("/v1/usertasks/count?" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().propertyNames()).containsExactly("Total");
		return response.json().get("Total").asLong();
	}

	private static String next(ApiClient.Response response) {
		String link = response.header("Link");
		assertThat(link).as("Link header").isNotNull();
		Matcher matcher = NEXT.matcher(link);
		assertThat(matcher.matches()).as(link).isTrue();
		return matcher.group(1);
	}

	private static String after(ApiClient.Response response) {
		String next = next(response);
		return next.substring(next.indexOf("after=") + "after=".length());
	}

	/**
	 * Follows the next link with the same client, as a client reading every page does.
	 */
	private ApiClient.Response follow(ApiClient.Response response) {
		URI next = URI.create(next(response));
		assertThat(next.getPort()).isEqualTo(this.port);
		ApiClient client = this.admin.as(response.raw().request().headers().firstValue("Authorization").orElseThrow());
		ApiClient.Response page = client.get(next.getRawPath() + "?" + next.getRawQuery());
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return page;
	}

	private static <T> List<T> plus(List<T> list, T element) {
		List<T> result = new ArrayList<>(list);
		result.add(element);
		return result;
	}

	private record Posted(String uid, Instant created, @Nullable Instant deadline, Instant lastModified, int status,
			@Nullable String title) {
	}

}
