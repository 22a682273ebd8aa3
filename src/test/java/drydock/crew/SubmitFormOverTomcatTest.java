package drydock.crew;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import drydock.testing.MultipartBody;
import drydock.testing.RunningServerTest;
import drydock.testing.TestPhotos;

/** The crew form posted to Tomcat as a browser posts it: its hidden fields, then every photo slot filled. */
class SubmitFormOverTomcatTest extends RunningServerTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFormWithEveryPhotoSlotFilledIsSavedWithAllItsPhotos() throws Exception {
		HttpClient client = signedInCrew("DP");
		Element page = Jsoup.parse(client
			.send(HttpRequest.newBuilder(uri("/crew/submit")).GET().build(), HttpResponse.BodyHandlers.ofString())
			.body()).selectFirst("form:has(input[name=form_token])");
		MultipartBody form = new MultipartBody();
		page.select("input[type=hidden]").forEach(hidden -> form.field(hidden.attr("name"), hidden.val()));
		form.field("item_number", "FULL-FORM-1")
			.field("location", "Bridge")
			.field("description", "Window")
			.field("detail", "Cracked pane, port side")
			.field("references", "");
		int slots = page.select("input[name=photos]").size();
		for (int slot = 1; slot <= slots; slot++) {
			form.file("photos", "slot-" + slot + ".jpg", "image/jpeg", TestPhotos.unique())
				.field("photo_captions", "Slot " + slot);
		}

		HttpResponse<String> saved = client.send(form.post(uri("/crew/submit")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(slots).isEqualTo(6);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/crew/success?item_number=FULL-FORM-1"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM photos p JOIN work_items w ON w.id = p.work_item_id "
				+ "WHERE w.item_number = 'FULL-FORM-1'").query(Integer.class).single()).isEqualTo(slots);
	}

}
