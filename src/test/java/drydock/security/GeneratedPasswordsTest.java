package drydock.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import drydock.DrydockApplication;

/**
 * No password is built in: started without ADMIN_PASSWORD and CREW_PASSWORD, Drydock makes
 * them up, prints them once, and keeps them as BCrypt hashes for the next start.
 */
@ExtendWith(OutputCaptureExtension.class)
class GeneratedPasswordsTest {

	private static final Pattern ADMIN = Pattern
		.compile("Admin account 'admin' created\\. Generated password \\(shown only this once\\): (\\S+)");

	private static final Pattern CREW = Pattern.compile("Crew password generated \\(shown only this once\\): (\\S+)");

	@TempDir
	private Path dataFolder;

	@Test
	void passwordsAreGeneratedShownOnceAndWorkAfterARestart(CapturedOutput output) {
		String adminPassword;
		String crewPassword;
		try (ConfigurableApplicationContext first = startWithoutPasswords()) {
			adminPassword = shown(ADMIN, output.toString());
			crewPassword = shown(CREW, output.toString());
		}
		int firstStartLength = output.length();

		try (ConfigurableApplicationContext second = startWithoutPasswords()) {
			String secondStart = output.toString().substring(firstStartLength);
			assertThat(secondStart).contains("Started DrydockApplication")
				.doesNotContain("shown only this once")
				.doesNotContain(adminPassword)
				.doesNotContain(crewPassword);
			SignInService signIn = second.getBean(SignInService.class);
			assertThat(signIn.admin("admin", adminPassword)).contains(new SignedInUser("admin", Role.ADMIN));
			assertThat(signIn.crew("DP", crewPassword)).contains(new SignedInUser("DP", Role.CREW));
			assertThat(signIn.admin("admin", "")).isEmpty();
			assertThat(signIn.crew("DP", "")).isEmpty();
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT password_hash FROM admin_accounts UNION ALL SELECT password_hash FROM shared_passwords")
				.query(String.class)
				.list()).hasSize(2).allSatisfy(hash -> assertThat(hash).startsWith("$2").doesNotContain(adminPassword, crewPassword));
		}
		assertThat(output.toString().split(Pattern.quote(adminPassword), -1)).as("times the admin password was printed")
			.hasSize(2);
	}

	private ConfigurableApplicationContext startWithoutPasswords() {
		// Blank on the command line, so a developer's ADMIN_PASSWORD or CREW_PASSWORD does not count.
		return new SpringApplicationBuilder(DrydockApplication.class).main(DrydockApplication.class).run("--server.port=0", "--DATABASE_URL=",
				"--drydock.data-dir=" + dataFolder, "--drydock.photos.upload-folder=" + dataFolder.resolve("uploads"),
				"--drydock.access.admin-username=admin", "--drydock.access.admin-password=",
				"--drydock.access.crew-password=");
	}

	private static String shown(Pattern line, String log) {
		Matcher matcher = line.matcher(log);
		assertThat(matcher.find()).as("log line matching %s", line).isTrue();
		String password = matcher.group(1);
		assertThat(matcher.find()).as("a second line matching %s", line).isFalse();
		return password;
	}

}
