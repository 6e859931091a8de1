package org.usertasks.inbox;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.usertasks.ApiClient;
import org.usertasks.WebSession;
import org.usertasks.identity.SignInService;
import org.usertasks.task.TaskApiTestSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox at {@code /}, read over real HTTP by a signed-in person: whose tasks it
 * shows, its counts per status, filters, order and pages. The clock stands at
 * 2024-03-01T08:00Z.
 */
class InboxPageTests extends TaskApiTestSupport {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	private SignInService signIn;

	private String translators;

	private WebSession ann;

	@BeforeEach
	void annInTranslatorsAndBobOutside() {
		this.translators = createGroup("Translators");
		createUser("ann", "Ann", "Andersen", this.translators);
		createUser("bob", "Bob", "Berg");
		this.signIn.setPassword("ann", PASSWORD);
		this.ann = WebSession.signedIn(this.port, "ann", PASSWORD);
	}

	@Test
	void aVisitorWhoIsNotSignedInIsSentToTheSignInPage() {
		WebSession.Page page = WebSession.onPort(this.port).get("/");

		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
	}

	@Test
	void showsTheTasksOfThePersonAndTheirGroupsButNotOthers() {
		task("Translate the sofa", "\"AssignedUsers\": [\"ann\"]");
		task("Check the lamp texts", "\"AssignedUserGroups\": [\"" + this.translators + "\"]");
		task("Photograph the chair", "\"AssignedUsers\": [\"bob\"]");

		Document inbox = inbox("/");

		assertThat(titles(inbox)).containsExactlyInAnyOrder("Translate the sofa", "Check the lamp texts");
		assertThat(inbox.selectFirst("#result-summary").text()).startsWith("2 tasks");
	}

	@Test
	void countsTheTasksInEachStatusAndLinksToThem() {
		task("One", "\"AssignedUsers\": [\"ann\"]");
		inStatus(task("Two", "\"AssignedUsers\": [\"ann\"]"), 2);
		inStatus(task("Three", "\"AssignedUsers\": [\"ann\"]"), 2);

		Document inbox = inbox("/");

		assertThat(count(inbox, "New")).isEqualTo("1");
		assertThat(count(inbox, "InProgress")).isEqualTo("2");
		assertThat(count(inbox, "Completed")).isEqualTo("0");
		String inProgress = inbox.selectFirst("a[data-status=InProgress]").attr("href");
		assertThat(titles(inbox(inProgress))).containsExactlyInAnyOrder("Two", "Three");
	}

	@Test
	void theCountsFollowTheOtherFiltersButNotTheStatusFilter() {
		task("Sofa text", "\"AssignedUsers\": [\"ann\"]");
		inStatus(task("Sofa photo", "\"AssignedUsers\": [\"ann\"]"), 2);
		inStatus(task("Lamp text", "\"AssignedUsers\": [\"ann\"]"), 2);

		Document inbox = inbox("/?q=sofa&status=InProgress");

		assertThat(titles(inbox)).containsExactly("Sofa photo");
		assertThat(count(inbox, "New")).isEqualTo("1");
		assertThat(count(inbox, "InProgress")).isEqualTo("1");
	}

	@Test
	void filtersByStatusTextOverdueAndAttachedEntity() {
		task("Late one", "\"AssignedUsers\": [\"ann\"], \"Deadline\": \"2024-02-01T00:00:00Z\"");
		task("Later one", "\"AssignedUsers\": [\"ann\"], \"Deadline\": \"2024-06-01T00:00:00Z\"");
		task("Sofa images", "\"AssignedUsers\": [\"ann\"], \"AttachedEntities\": [{\"EntityType\": 0, "
				+ "\"EntityId\": \"sofa-1\"}]");
		inStatus(task("Waiting", "\"AssignedUsers\": [\"ann\"]"), 3);

		assertThat(titles(inbox("/?overdue=true"))).containsExactly("Late one");
		assertThat(titles(inbox("/?q=IMAGES"))).containsExactly("Sofa images");
		assertThat(titles(inbox("/?entityType=Product&entityId=sofa-1"))).containsExactly("Sofa images");
		assertThat(titles(inbox("/?status=AwaitingFeedback"))).containsExactly("Waiting");
	}

	@Test
	void narrowsToTasksAssignedToThePersonOrToOneGroupOrWidensToEveryone() {
		task("Mine", "\"AssignedUsers\": [\"ann\"]");
		task("Group's", "\"AssignedUserGroups\": [\"" + this.translators + "\"]");
		task("Bob's", "\"AssignedUsers\": [\"bob\"]");

		assertThat(titles(inbox("/?scope=mine"))).containsExactly("Mine");
		assertThat(titles(inbox("/?scope=group:" + this.translators))).containsExactly("Group's");
		assertThat(titles(inbox("/?scope=all"))).containsExactlyInAnyOrder("Mine", "Group's", "Bob's");
		Document inbox = inbox("/");
		assertThat(inbox.select("#scope option").eachText()).contains("Group: Translators");
	}

	@Test
	void showsDeadlinesInUtcAsTheTaskPageDoes() {
		task("Berlin morning", "\"AssignedUsers\": [\"ann\"], \"Deadline\": \"2024-03-05T08:00:00+02:00\"");

		Document inbox = inbox("/");

		assertThat(row(inbox, "Berlin morning").selectFirst(".task-meta time").text())
			.isEqualTo("5 Mar 2024, 06:00 UTC");
	}

	@Test
	void tellsWhichNavigationItemIsTheCurrentPage() {
		Document inbox = inbox("/");

		assertThat(inbox.select("header.top-bar [aria-current=page]").eachText()).containsExactly("Inbox");
	}

	@Test
	void marksOverdueAndDueSoonTasksInWordsNotOnlyColour() {
		task("Overdue", "\"AssignedUsers\": [\"ann\"], \"Deadline\": \"2024-03-01T07:00:00Z\"");
		task("Due soon", "\"AssignedUsers\": [\"ann\"], \"Deadline\": \"2024-03-01T20:00:00Z\"");
		task("Due later", "\"AssignedUsers\": [\"ann\"], \"Deadline\": \"2024-03-05T08:00:00Z\"");
		inStatus(task("Done late", "\"AssignedUsers\": [\"ann\"], \"Deadline\": \"2024-02-01T00:00:00Z\""), 4);

		Document inbox = inbox("/?status=any");

		assertThat(row(inbox, "Overdue").select(".badge-overdue").text()).isEqualTo("Overdue");
		assertThat(row(inbox, "Due soon").select(".badge-due-soon").text()).isEqualTo("Due soon");
		assertThat(row(inbox, "Due later").select(".badge-overdue, .badge-due-soon")).isEmpty();
		assertThat(row(inbox, "Done late").select(".badge-overdue")).isEmpty();
	}

	@Test
	void sortsBySoonestDeadlineByDefaultAndByTitleWhenAsked() {
		task("B later", "\"AssignedUsers\": [\"ann\"], \"Deadline\": \"2024-04-01T00:00:00Z\"");
		task("C no deadline", "\"AssignedUsers\": [\"ann\"]");
		task("A sooner", "\"AssignedUsers\": [\"ann\"], \"Deadline\": \"2024-03-10T00:00:00Z\"");

		assertThat(titles(inbox("/"))).containsExactly("A sooner", "B later", "C no deadline");
		assertThat(titles(inbox("/?sort=title"))).containsExactly("A sooner", "B later", "C no deadline");
		assertThat(titles(inbox("/?sort=-created"))).containsExactly("A sooner", "C no deadline", "B later");
	}

	@Test
	void pagesThroughLongInboxesWithAFilterKept() {
		for (int i = 1; i <= 30; i++) {
			task("Task %02d".formatted(i), "\"AssignedUsers\": [\"ann\"]");
		}
		task("Bob's", "\"AssignedUsers\": [\"bob\"]");

		Document first = inbox("/?sort=title");
		assertThat(titles(first)).hasSize(25).startsWith("Task 01").endsWith("Task 25");
		String next = first.selectFirst("a#next-page").attr("href");
		assertThat(next).contains("sort=title").contains("after=");

		Document second = inbox(next);
		assertThat(titles(second)).containsExactly("Task 26", "Task 27", "Task 28", "Task 29", "Task 30");
		assertThat(second.selectFirst("a#next-page")).isNull();
		assertThat(second.selectFirst("a#first-page").attr("href")).isEqualTo("/?sort=title");
	}

	@Test
	void aBadFilterValueIsA400PageThatSaysWhatIsWrong() {
		WebSession.Page page = this.ann.get("/?status=Sleeping");

		assertThat(page.status()).isEqualTo(400);
		assertThat(Jsoup.parse(page.body()).selectFirst(".alert-error").text()).contains("status").contains("Sleeping");
	}

	@Test
	void showsOpenTasksUnlessAskedForCompletedOnesToo() {
		task("Open", "\"AssignedUsers\": [\"ann\"]");
		inStatus(task("Done", "\"AssignedUsers\": [\"ann\"]"), 4);

		Document inbox = inbox("/");
		assertThat(titles(inbox)).containsExactly("Open");
		assertThat(count(inbox, "Completed")).isEqualTo("1");
		assertThat(titles(inbox(inbox.selectFirst("a[data-status=Completed]").attr("href")))).containsExactly("Done");
		assertThat(titles(inbox("/?status=any"))).containsExactlyInAnyOrder("Open", "Done");
		assertThat(inbox.selectFirst(".status-counts a").attr("href")).isEqualTo("/?status=any");
	}

	@Test
	void namesWhoHasClaimedATask() {
		String uid = task("Claimed", "\"AssignedUserGroups\": [\"" + this.translators + "\"]");
		createUser("cy", "Cy", "Clark", this.translators);
		assertThat(this.admin.as(createKey("cy", false)).post("/v1/usertasks/" + uid + "/claim", "").status())
			.isEqualTo(200);

		assertThat(row(inbox("/"), "Claimed").selectFirst(".task-meta").text()).contains("claimed by Cy Clark");
	}

	@Test
	void anEmptyInboxSaysSo() {
		Document inbox = inbox("/");

		assertThat(inbox.selectFirst("#empty-inbox")).isNotNull();
		assertThat(titles(inbox)).isEmpty();
	}

	@Test
	void theListIsALiveRegionThatReloadsItsOwnFilteredPage() {
		Element results = inbox("/?scope=mine&q=sofa").selectFirst("#inbox-results");

		assertThat(results.hasAttr("data-live-refresh")).isTrue();
		assertThat(results.attr("hx-get")).isEqualTo("/?scope=mine&q=sofa");
		assertThat(results.attr("hx-trigger")).isEqualTo("live-refresh");
		// The links inside must not inherit the region's target and selection.
		assertThat(results.attr("hx-disinherit")).isEqualTo("*");
	}

	private String task(String title, String fields) {
		String uid = UUID.randomUUID().toString();
		ApiClient.Response response = this.admin.post("/v1/usertasks",
				"{\"Uid\": \"" + uid + "\", \"Title\": \"" + title + "\", " + fields + "}");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		this.clock.advance(Duration.ofSeconds(1));
		return uid;
	}

	private void inStatus(String uid, int status) {
		ApiClient.Response response = this.admin.post("/v1/usertasks/" + uid + "/status",
				"{\"Status\": " + status + "}");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	private Document inbox(String path) {
		WebSession.Page page = this.ann.get(path);
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return Jsoup.parse(page.body());
	}

	private static List<String> titles(Document inbox) {
		return inbox.select("#inbox-results .task-link").eachText();
	}

	private static String count(Document inbox, String status) {
		return inbox.selectFirst("a[data-status=" + status + "] .count").text();
	}

	private static Element row(Document inbox, String title) {
		return inbox.select(".task-row")
			.stream()
			.filter((row) -> row.selectFirst(".task-link").text().equals(title))
			.findFirst()
			.orElseThrow();
	}

}
