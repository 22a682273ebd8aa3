package drydock.photo;

import static drydock.testing.SignedIn.crew;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import drydock.testing.DrydockWebTest;
import drydock.testing.SignedIn;
import drydock.testing.TestPhotos;
import drydock.testing.WorkItemRows;

/** {@code /uploads/{filename}}: photo files for signed-in users only. */
class PhotoFilesWebTest extends DrydockWebTest {

	@Autowired
	private PhotoStore store;

	private final byte[] jpeg = TestPhotos.resource("jpeg-small-320x240.jpg");

	private String name;

	@BeforeEach
	void storeAPhotoOfAnItemOfDPs() {
		name = store.put(jpeg, "");
		var rows = new WorkItemRows(jdbc);
		rows.addPhoto(rows.insert(WorkItemRows.item("PHOTO-" + UUID.randomUUID())), name, "Valve");
	}

	@Test
	void theItemsCrewMemberOrAnAdminGetsThePhoto() throws Exception {
		mvc.perform(get("/uploads/" + name).with(crew("DP")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_JPEG))
			.andExpect(content().bytes(jpeg));
		mvc.perform(get("/uploads/" + name).with(SignedIn.admin(ADMIN))).andExpect(status().isOk()).andExpect(content().bytes(jpeg));
	}

	@Test
	void aBrowserKeepsThePhotoForAYearAndRevalidatesWithItsETag() throws Exception {
		MvcResult served = mvc.perform(get("/uploads/" + name).with(crew("DP"))).andExpect(status().isOk()).andReturn();
		assertThat(served.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("private")
			.contains("max-age=31536000")
			.contains("immutable");
		String etag = served.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();

		mvc.perform(get("/uploads/" + name).with(crew("DP")).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andExpect(content().bytes(new byte[0]));
		mvc.perform(get("/uploads/" + name).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(redirectedUrl("/crew-login"))
			.andExpect(content().bytes(new byte[0]));
	}

	@Test
	void anotherCrewMemberIsRefusedThePhoto() throws Exception {
		mvc.perform(get("/uploads/" + name).with(crew("AL"))).andExpect(status().isForbidden());
	}

	@Test
	void theSamePictureSentWithAnotherCrewMembersItemIsTheirsToOpenToo() throws Exception {
		byte[] picture = TestPhotos.unique();
		String shared = store.put(picture, "");
		var rows = new WorkItemRows(jdbc);
		rows.addPhoto(rows.insert(WorkItemRows.item("PHOTO-" + UUID.randomUUID())), shared, "Valve");
		rows.addPhoto(rows.insert(WorkItemRows.item("PHOTO-" + UUID.randomUUID()).submitter("AL")), shared, "Same valve");

		mvc.perform(get("/uploads/" + shared).with(crew("AL"))).andExpect(status().isOk()).andExpect(content().bytes(picture));
	}

	@Test
	void aFileWithoutAPhotoRowIsForAdminsOnly() throws Exception {
		String loose = store.put(TestPhotos.unique(), "");

		mvc.perform(get("/uploads/" + loose).with(crew("DP"))).andExpect(status().isForbidden());
		mvc.perform(get("/uploads/" + loose).with(SignedIn.admin(ADMIN))).andExpect(status().isOk());
	}

	@Test
	void aStrangerIsSentToSignInInsteadOfThePhoto() throws Exception {
		mvc.perform(get("/uploads/" + name)).andExpect(redirectedUrl("/crew-login"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0123456789abcdef0123456789abcdef.jpg", "application.properties", ".upload-1.tmp",
			"photo.svg" })
	void aNameTheStoreDoesNotHoldIsNotFound(String missing) throws Exception {
		mvc.perform(get("/uploads/" + missing).with(crew("DP"))).andExpect(status().isNotFound());
	}

}
