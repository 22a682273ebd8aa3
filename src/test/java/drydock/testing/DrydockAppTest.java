package drydock.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application in a mock servlet environment, on its embedded H2 database in a
 * throw-away data folder, with the passwords of {@link TestAccounts} and MockMvc. Every test
 * class carrying only this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "DATABASE_URL=", "drydock.access.admin-username=" + TestAccounts.ADMIN_USERNAME,
		"drydock.access.admin-password=" + TestAccounts.ADMIN_PASSWORD,
		"drydock.access.crew-password=" + TestAccounts.CREW_PASSWORD,
		"drydock.access.crew-members=DP,AL,Kaitlyn,Mark,Art,D2,Zach,Maverick,Rhyan", "drydock.photos.max-count=6" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TemporaryDataFolder.class)
@Import(StatementCounter.class)
public @interface DrydockAppTest {

}
