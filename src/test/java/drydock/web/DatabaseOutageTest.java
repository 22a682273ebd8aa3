package drydock.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import drydock.testing.DrydockWebTest;
import drydock.testing.FaultyTcpProxy;
import drydock.testing.ProxiedPostgres;
import drydock.testing.SignInForms;
import drydock.testing.SignedIn;
import drydock.testing.TestPhotos;
import drydock.testing.TestPostgres;

/**
 * PostgreSQL going away while the application serves, through a proxy between them (the
 * machine's server keeps running for everyone else): pages answer 503 quickly, nothing
 * accepted is lost, and service resumes by itself when the database is back.
 */
@ContextConfiguration(initializers = ProxiedPostgres.class)
@DirtiesContext
// Short waits keep the test quick; the defaults (10 s, 30 s) are in application.properties.
@TestPropertySource(properties = { "spring.datasource.hikari.connection-timeout=1000",
		"spring.datasource.hikari.data-source-properties.socketTimeout=2" })
class DatabaseOutageTest extends DrydockWebTest {

	@BeforeAll
	static void needsPostgres() {
		TestPostgres.assumeAvailable();
	}

	@Autowired
	FaultyTcpProxy postgresProxy;

	@AfterEach
	void databaseBack() {
		postgresProxy.restore();
	}

	@Test
	void whileTheDatabaseIsStoppedPagesAnswer503AndServiceResumesByItself() throws Exception {
		MockHttpSession crew = SignInForms.crew(mvc, "DP");
		String acceptedBefore = accepted(mvc.perform(submission("Accepted before the cut").session(crew)).andReturn()
			.getResponse());
		int id = jdbc.sql("SELECT id FROM work_items WHERE item_number = ?").param(acceptedBefore).query(Integer.class)
			.single();
		List<String> filesBefore = uploadedFiles();

		postgresProxy.stop();

		for (RequestBuilder request : List.of(get("/admin/dashboard").with(SignedIn.admin(ADMIN)),
				get("/admin/view/" + id).with(SignedIn.admin(ADMIN)), get("/crew/submit").session(crew),
				submission("Sent during the outage").session(crew), crewSignIn())) {
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.value());
			assertThat(response.getHeader("Retry-After")).isEqualTo("10");
			assertThat(response.getContentType()).startsWith("text/html");
			assertThat(response.getContentAsString()).contains("cannot reach its database")
				.doesNotContain("Exception")
				.doesNotContain("at drydock.");
		}
		MockHttpServletResponse api = mvc.perform(get("/api/v1/work-items").with(SignedIn.admin(ADMIN))).andReturn()
			.getResponse();
		assertThat(api.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.value());
		assertThat(api.getHeader("Retry-After")).isEqualTo("10");
		assertThat(api.getContentType()).startsWith("application/problem+json");
		assertThat(api.getContentAsString()).contains("cannot reach its database").doesNotContain("Exception");
		assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus())
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.value());
		assertThat(uploadedFiles()).as("the refused submission left no photo files").isEqualTo(filesBefore);

		postgresProxy.restore();

		// The pool reconnects by itself, after its retry back-off (a few seconds).
		await().atMost(Duration.ofSeconds(30))
			.until(() -> mvc.perform(get("/admin/dashboard").with(SignedIn.admin(ADMIN))).andReturn().getResponse()
				.getStatus() == 200);
		assertThat(open("/admin/view/" + id, SignedIn.admin(ADMIN)).text()).contains("Accepted before the cut");
		assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
		// The crew member signed in before the outage is still signed in, and can submit again.
		assertThat(accepted(mvc.perform(submission("Sent after the outage").session(crew)).andReturn().getResponse()))
			.isNotBlank();
		assertThat(photoFiles(id)).allMatch(this::fileExists).hasSize(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM work_items WHERE description = 'Sent during the outage'")
			.query(Long.class).single()).isZero();
	}

	/** Without a socket timeout a request on a connection in use would wait for ever: JUnit's timeout fails it. */
	@Test
	@Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void whileTheNetworkHangsRequestsAnswer503AndServiceResumesByItself() throws Exception {
		int id = submitItem("DP");
		for (int i = 0; i < 3; i++) {
			// Right after a request its connection is handed out again without a liveness check.
			open("/admin/view/" + id, SignedIn.admin(ADMIN));
			postgresProxy.hang();
			assertThat(mvc.perform(get("/admin/view/" + id).with(SignedIn.admin(ADMIN))).andReturn().getResponse()
				.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.value());
			postgresProxy.restore();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> mvc.perform(get("/admin/view/" + id).with(SignedIn.admin(ADMIN))).andReturn().getResponse()
					.getStatus() == 200);
		}
	}

	@Test
	void stoppingTheDatabaseUnderLoadLosesNoAcceptedSubmission() throws Exception {
		MockHttpSession crew = SignInForms.crew(mvc, "AL");
		Map<String, String> accepted = new ConcurrentHashMap<>();
		AtomicInteger refused = new AtomicInteger();
		List<String> unexpected = new ArrayList<>();
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger sequence = new AtomicInteger();
		List<Thread> senders = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			senders.add(Thread.ofVirtual().start(() -> {
				while (running.get()) {
					String description = "Under load " + sequence.incrementAndGet();
					try {
						MockHttpServletResponse response = mvc.perform(submission(description).session(crew)).andReturn()
							.getResponse();
						if (response.getStatus() == 302) {
							accepted.put(accepted(response), description);
						}
						else if (response.getStatus() == 503) {
							refused.incrementAndGet();
						}
						else {
							synchronized (unexpected) {
								unexpected.add(description + ": " + response.getStatus());
							}
						}
					}
					catch (Exception ex) {
						synchronized (unexpected) {
							unexpected.add(description + ": " + ex);
						}
					}
				}
			}));
		}
		await().atMost(Duration.ofMinutes(2)).until(() -> accepted.size() >= 5);
		postgresProxy.stop();
		await().atMost(Duration.ofMinutes(2)).until(() -> refused.get() >= 5);
		int acceptedAtCut = accepted.size();
		postgresProxy.restore();
		await().atMost(Duration.ofMinutes(2)).until(() -> accepted.size() >= acceptedAtCut + 5);
		running.set(false);
		for (Thread sender : senders) {
			sender.join();
		}

		assertThat(unexpected).isEmpty();
		for (var submission : accepted.entrySet()) {
			Map<String, Object> item = jdbc.sql("SELECT id, description FROM work_items WHERE item_number = ?")
				.param(submission.getKey()).query().singleRow();
			assertThat(item.get("description")).isEqualTo(submission.getValue());
			assertThat(photoFiles((Integer) item.get("id"))).as(submission.getValue()).hasSize(2).allMatch(this::fileExists);
		}
		List<String> stored = jdbc.sql("SELECT filename FROM photos UNION SELECT thumbnail_filename FROM photos")
			.query(String.class).list();
		assertThat(stored).as("every photo row has its files").allMatch(this::fileExists);
	}

	private static MockMultipartHttpServletRequestBuilder submission(String description) {
		MockMultipartHttpServletRequestBuilder request = multipart("/crew/submit");
		request.file(TestPhotos.part("photos", TestPhotos.unique()))
			.param("item_number", "")
			.param("location", "Engine room")
			.param("description", description)
			.param("detail", "Valve 3 drips at the flange.")
			.param("photo_captions", "Flange")
			.with(csrf());
		return request;
	}

	private static RequestBuilder crewSignIn() {
		return post("/crew-login").param("crew_name", "AL").param("password", CREW_PASSWORD).with(csrf());
	}

	/** The item number a successful submission redirected to. */
	private static String accepted(MockHttpServletResponse response) {
		assertThat(response.getStatus()).as("submission status").isEqualTo(302);
		return UriComponentsBuilder.fromUriString(response.getRedirectedUrl()).build().getQueryParams()
			.getFirst("item_number");
	}

}
