package drydock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import drydock.testing.SignInForms;
import drydock.testing.DrydockWebTest;
import drydock.testing.TestPostgres;

/**
 * Issue 2's adoption: a PostgreSQL database as the Flask app left it, with its uploads
 * folder, handed to Drydock as a platform's {@code DATABASE_URL} and {@code UPLOAD_FOLDER}.
 * Drydock starts on it, adopts the schema and shows the Flask items as they were.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlaskDatabaseAdoptionTest {

	private static final String WINDOW_PHOTO = "3f1c2b9e0a7d4e5f8a6b1c2d3e4f5a6b.jpg";

	private static final String PUMP_PHOTO = "7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d.jpg";

	@TempDir
	private static Path folder;

	private static TestPostgres database;

	private static ConfigurableApplicationContext app;

	private static MockMvc mvc;

	@BeforeAll
	static void startDrydockOnAFlaskDatabase() throws Exception {
		database = TestPostgres.create("adoption");
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(resource("legacy/flask-schema-postgres.sql"));
			statement.execute(resource("legacy/sample-data-postgres.sql"));
		}
		Path uploads = Files.createDirectories(folder.resolve("uploads"));
		try (Stream<Path> files = Files.list(Path.of(FlaskDatabaseAdoptionTest.class.getResource("/legacy/uploads").toURI()))) {
			for (Path file : files.toList()) {
				Files.copy(file, uploads.resolve(file.getFileName().toString()));
			}
		}
		assertThat(database.platformUrl()).startsWith("postgres://");
		// The Flask app's settings, under the Flask app's names.
		app = new SpringApplicationBuilder(DrydockApplication.class).main(DrydockApplication.class).run("--server.port=0",
				"--DATABASE_URL=" + database.platformUrl(), "--UPLOAD_FOLDER=" + uploads,
				"--ADMIN_USERNAME=" + DrydockWebTest.ADMIN, "--ADMIN_PASSWORD=" + DrydockWebTest.ADMIN_PASSWORD,
				"--CREW_PASSWORD=" + DrydockWebTest.CREW_PASSWORD, "--DRYDOCK_DATA_DIR=" + folder.resolve("data"));
		mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app).apply(springSecurity()).build();
	}

	@AfterAll
	static void stopAndDropTheDatabase() {
		if (app != null) {
			app.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	@Order(1)
	void theFlaskSchemaIsBaselinedAtOneAndEveryLaterMigrationApplied() throws SQLException {
		MigrationInfo[] applied = app.getBean(Flyway.class).info().applied();

		assertThat(applied[0].getVersion().getVersion()).isEqualTo("1");
		assertThat(applied[0].getState()).isEqualTo(MigrationState.BASELINE);
		assertThat(applied[0].getDescription()).isEqualTo("Flask schema adopted");
		assertThat(Arrays.stream(applied).skip(1)).isNotEmpty()
			.allSatisfy(migration -> assertThat(migration.getState()).isEqualTo(MigrationState.SUCCESS));
		assertThat(app.getBean(Flyway.class).info().pending()).isEmpty();
		assertThat(columnLength("work_items", "status")).isEqualTo(100);
		assertThat(app.getEnvironment().getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://" + database.platformUrl().substring(database.platformUrl().indexOf('@') + 1));
	}

	@Test
	@Order(1)
	void anAdminSeesTheThreeFlaskItemsOnTheDashboard() throws Exception {
		Document dashboard = page(get("/admin/dashboard"), signedInAdmin());

		assertThat(dashboard.select("#showing").text()).isEqualTo("Showing 1 to 3 of 3 work items");
		assertThat(dashboard.select("table.items tbody tr")).extracting(
				row -> row.select("td[data-label=Item]").text(), row -> row.select("td[data-label=Status] .badge").text())
			.containsExactly(tuple("DRAFT_0021", "Submitted"), tuple("DRAFT_0020", "Needs Revision"),
					tuple("0101", "Completed Review"));
		assertThat(dashboard.select(".tiles img").eachAttr("src")).containsExactly("/uploads/" + PUMP_PHOTO,
				"/uploads/" + WINDOW_PHOTO);
		assertThat(dashboard.select(".status-filter a:containsOwn(Needs Revision) .count").text()).isEqualTo("1");
	}

	@Test
	@Order(1)
	void eachFlaskItemPageShowsItsPhotosCommentsAndHistory() throws Exception {
		MockHttpSession admin = signedInAdmin();

		Document windows = page(get("/admin/view/1"), admin);
		assertThat(windows.select("h1").text()).isEqualTo("Item 0101");
		assertThat(windows.select(".gallery-item img").eachAttr("src")).containsExactly("/uploads/" + WINDOW_PHOTO);
		assertThat(windows.select(".gallery-item .caption").text()).isEqualTo("Port window, cracked seal");
		assertThat(windows.select(".timeline").text()).contains("admin", "Submitted →", "Completed Review");
		assertThat(windows.text()).contains("Yard quoted 3 days.", "OFM: 6 window gaskets");

		Document pump = page(get("/admin/view/2"), admin);
		assertThat(pump.select(".gallery-item img").eachAttr("src")).containsExactly("/uploads/" + PUMP_PHOTO);
		assertThat(pump.select(".comments").text()).contains("Please add nameplate photo before we send to the yard.");
		assertThat(pump.select(".timeline").text()).contains("Needs Revision", "Add a photo of the pump nameplate.");
		assertThat(pump.select(".alert-warning").text()).contains("Add a photo of the pump nameplate.");

		Document painting = page(get("/admin/view/3"), admin);
		assertThat(painting.select("h1").text()).isEqualTo("Item DRAFT_0021");
		assertThat(painting.text()).contains("No photos.", "No comments yet.", "No status changes recorded.");
	}

	@Test
	@Order(1)
	void flaskPhotosAreServedToAdminsAndTheirItemsCrewOnly() throws Exception {
		byte[] original = Files.readAllBytes(folder.resolve("uploads").resolve(WINDOW_PHOTO));

		mvc.perform(get("/uploads/" + WINDOW_PHOTO).session(signedInAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().bytes(original));
		mvc.perform(get("/uploads/" + PUMP_PHOTO).session(SignInForms.crew(mvc, "AL"))).andExpect(status().isOk());
		mvc.perform(get("/uploads/" + WINDOW_PHOTO).session(SignInForms.crew(mvc, "AL"))).andExpect(status().isForbidden());
		mvc.perform(get("/uploads/" + WINDOW_PHOTO)).andExpect(redirectedUrl("/crew-login"));
	}

	@Test
	@Order(2)
	void theCrewCarriesOnWhereTheFlaskAppLeftOff() throws Exception {
		MockHttpSession crew = SignInForms.crew(mvc, "AL");

		Document home = page(get("/crew/submit"), crew);
		assertThat(home.select("#item_number").attr("placeholder")).isEqualTo("Leave blank for DRAFT_0022");
		assertThat(home.select("section:has(h2:containsOwn(Sent back to you)) .item-list a strong").eachText())
			.containsExactly("DRAFT_0020");

		mvc.perform(multipart("/crew/submit")
			.session(crew)
			.param("item_number", "")
			.param("location", "Bosun locker")
			.param("description", "Replace the mooring lines")
			.param("detail", "Two lines chafed through.")
			.param("_csrf", SignInForms.csrfToken(mvc, crew, "/crew/submit")))
			.andExpect(redirectedUrl("/crew/success?item_number=DRAFT_0022"));
		assertThat(page(get("/admin/dashboard"), signedInAdmin()).select("#showing").text())
			.isEqualTo("Showing 1 to 4 of 4 work items");
	}

	private static MockHttpSession signedInAdmin() throws Exception {
		return SignInForms.admin(mvc, DrydockWebTest.ADMIN, DrydockWebTest.ADMIN_PASSWORD);
	}

	private static Document page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		return Jsoup.parse(
				mvc.perform(request.session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static int columnLength(String table, String column) throws SQLException {
		try (Connection connection = database.connect();
				ResultSet result = connection.createStatement()
					.executeQuery("SELECT character_maximum_length FROM information_schema.columns WHERE table_name = '"
							+ table + "' AND column_name = '" + column + "'")) {
			result.next();
			return result.getInt(1);
		}
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = FlaskDatabaseAdoptionTest.class.getResourceAsStream("/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
