package drydock.api;

import static org.hamcrest.Matchers.equalTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import drydock.testing.DrydockWebTest;
import drydock.testing.SignedIn;
import drydock.testing.TestPhotos;

class WorkItemApiTest extends DrydockWebTest {

	@Test
	void listsItemsWithTheDashboardsParameters() throws Exception {
		int id = submitItem("Kaitlyn");
		String number = (String) row(id).get("item_number");
		long total = jdbc.sql("SELECT COUNT(*) FROM work_items").query(Long.class).single();

		mvc.perform(get("/api/v1/work-items").param("per_page", "1000").with(SignedIn.admin(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(total))
			.andExpect(jsonPath("$.perPage").value(100))
			.andExpect(jsonPath("$.items.length()").value((int) Math.min(total, 100)));
		mvc.perform(get("/api/v1/work-items").param("search", number).with(SignedIn.admin(ADMIN)))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].submitter").value("Kaitlyn"));
	}

	@Test
	void showsOneItemWithPhotosHistoryAndComments() throws Exception {
		int id = submitItem("AL", TestPhotos.unique());
		assign(id, "Needs Revision", "AL", "Add the nameplate");

		mvc.perform(get("/api/v1/work-items/{id}", id).with(SignedIn.admin(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("Needs Revision"))
			.andExpect(jsonPath("$.revisionNotes").value("Add the nameplate"))
			.andExpect(jsonPath("$.photos.length()").value(1))
			.andExpect(jsonPath("$.photos[0].url").value(org.hamcrest.Matchers.startsWith("/uploads/")))
			.andExpect(jsonPath("$.history.length()").value(2))
			.andExpect(jsonPath("$.history[1].newStatus").value("Needs Revision"));
		mvc.perform(get("/api/v1/work-items/{id}", 999_999).with(SignedIn.admin(ADMIN)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void answersNotModifiedWhileNothingChanged() throws Exception {
		int id = submitItem("AL");
		String etag = mvc.perform(get("/api/v1/work-items/{id}", id).with(SignedIn.admin(ADMIN)))
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);

		mvc.perform(get("/api/v1/work-items/{id}", id).header(HttpHeaders.IF_NONE_MATCH, etag).with(SignedIn.admin(ADMIN)))
			.andExpect(status().isNotModified());
		assign(id, "Awaiting Photos", "AL", null);
		mvc.perform(get("/api/v1/work-items/{id}", id).header(HttpHeaders.IF_NONE_MATCH, etag).with(SignedIn.admin(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", equalTo("Awaiting Photos")));
	}

	@Test
	void isForAdminsOnly() throws Exception {
		mvc.perform(get("/api/v1/work-items")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/work-items").with(SignedIn.crew("AL"))).andExpect(status().isForbidden());
	}

}
