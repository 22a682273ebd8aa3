package drydock.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import drydock.security.Role;
import drydock.security.SignedInUser;

/**
 * The whole application on a data folder of its own (database and uploads), thrown away
 * with the test class. Subclasses choose the processor with drydock.photos.processor.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
abstract class PhotoApplicationTests {

	static final PhotoCorpus CORPUS = PhotoCorpus.load();

	static final String CREW_PASSWORD = "deck-and-hull";

	@TempDir
	static Path dataDir;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void dataFolder(DynamicPropertyRegistry registry) {
		registry.add("drydock.data-dir", () -> dataDir.toString());
		registry.add("drydock.access.crew-password", () -> CREW_PASSWORD);
	}

	/** A signed-in crew member, as the crew sign-in makes one. */
	static UsernamePasswordAuthenticationToken crew(String name) {
		return UsernamePasswordAuthenticationToken.authenticated(new SignedInUser(name, Role.CREW), null,
				AuthorityUtils.createAuthorityList(Role.CREW.authority()));
	}

	static byte[] corpusBytes(String file) {
		return CORPUS.bytes(CORPUS.row(file));
	}

	static Path uploads() {
		return dataDir.resolve("uploads");
	}

	static List<String> uploadedFiles() {
		try (Stream<Path> files = Files.list(uploads())) {
			return files.map(path -> path.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int count(String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

}
