package drydock.workitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import drydock.testing.DrydockWebTest;
import drydock.testing.HtmlForm;
import drydock.testing.SignedIn;

/** The comment thread of an item: admins and the item's crew members talk there. */
class CommentThreadTest extends DrydockWebTest {

	private static final RequestPostProcessor CHIEF = SignedIn.admin(ADMIN);

	private static final RequestPostProcessor AL = SignedIn.crew("AL");

	@Test
	void adminsAndTheItemsCrewMembersCommentAndEachCommentShowsWhoWhenAndWhetherFromAnAdmin() throws Exception {
		int item = submitItem("AL");
		assign(item, "Needs Revision", "DP", "Measure the flange.");

		clock.set(Instant.parse("2025-07-01T10:00:00Z"));
		mvc.perform(commentForm("/admin/view/" + item, CHIEF, "/admin/comment/" + item)
			.set("comment_text", "Which valve is it?")
			.post(CHIEF)).andExpect(redirectedUrl("/admin/view/" + item)).andExpect(flash().attribute("notice", "Comment added."));
		clock.set(Instant.parse("2025-07-01T10:05:00Z"));
		mvc.perform(commentForm("/crew/view/" + item, AL, "/crew/comment/" + item).set("comment_text", "Valve 3, aft.")
			.post(AL)).andExpect(redirectedUrl("/crew/view/" + item));
		clock.set(Instant.parse("2025-07-01T11:30:00Z"));
		RequestPostProcessor dp = SignedIn.crew("DP");
		mvc.perform(commentForm("/crew/view/" + item, dp, "/crew/comment/" + item).set("comment_text", "Measured: 150 mm.")
			.post(dp)).andExpect(redirectedUrl("/crew/view/" + item));

		for (Document page : new Document[] { open("/admin/view/" + item, CHIEF), open("/crew/view/" + item, AL) }) {
			var comments = page.select("#comments li.comment");
			assertThat(comments).hasSize(3);
			assertComment(comments.get(0), ADMIN, true, "2025-07-01 10:00", "Which valve is it?");
			assertComment(comments.get(1), "AL", false, "2025-07-01 10:05", "Valve 3, aft.");
			assertComment(comments.get(2), "DP", false, "2025-07-01 11:30", "Measured: 150 mm.");
		}
	}

	@Test
	void aCrewMemberTheItemIsNotForCannotComment() throws Exception {
		int item = submitItem("DP");
		String before = state(item);

		Document page = answer(post("/crew/comment/" + item).param("comment_text", "Let me in").with(AL).with(csrf()),
				HttpStatus.FORBIDDEN);

		assertThat(page.selectFirst("main p").text()).contains("can open it");
		assertThat(state(item)).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   \n\t " })
	void anEmptyCommentIsRefusedForAdminsAndCrew(String text) throws Exception {
		int item = submitItem("AL");

		assertEachRefused(item, HttpStatus.UNPROCESSABLE_CONTENT, "#comments", "A comment needs some text.",
				post("/admin/comment/" + item).param("comment_text", text).with(CHIEF).with(csrf()),
				post("/crew/comment/" + item).param("comment_text", text).with(AL).with(csrf()));
	}

	@Test
	void aCommentLongerThanTheLimitIsRefused() throws Exception {
		int item = submitItem("AL");

		Document page = answer(post("/crew/comment/" + item).param("comment_text", "x".repeat(CommentService.LIMIT + 1))
			.with(AL)
			.with(csrf()), HttpStatus.UNPROCESSABLE_CONTENT);

		assertThat(page.select("#comments [role=alert]").text()).isEqualTo("A comment is at most 5,000 characters.");
		assertThat(open("/crew/view/" + item, AL).select("#comments li.comment")).isEmpty();
	}

	@Test
	void aCommentIsShownAsTheTextTyped() throws Exception {
		int item = submitItem("AL");

		mvc.perform(post("/crew/comment/" + item).param("comment_text", "<b>bold</b> & <script>alert(1)</script>")
			.with(AL)
			.with(csrf())).andExpect(status().isFound());

		Element comment = open("/admin/view/" + item, CHIEF).selectFirst("#comments li.comment .prewrap");
		assertThat(comment.text()).isEqualTo("<b>bold</b> & <script>alert(1)</script>");
		assertThat(comment.children()).isEmpty();
	}

	private HtmlForm commentForm(String pageUrl, RequestPostProcessor who, String action) throws Exception {
		return HtmlForm.of(open(pageUrl, who), action);
	}

	private static void assertComment(Element comment, String author, boolean fromAdmin, String time, String text) {
		assertThat(comment.selectFirst(".comment-meta strong").text()).isEqualTo(author);
		assertThat(comment.select(".comment-meta .badge").text()).isEqualTo(fromAdmin ? "Admin" : "");
		assertThat(comment.selectFirst(".comment-meta .muted").text()).isEqualTo(time);
		assertThat(comment.selectFirst(".prewrap").text()).isEqualTo(text);
	}

}
