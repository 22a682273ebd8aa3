package drydock;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DrydockApplication {

	public static void main(String[] args) {
		SpringApplication.run(DrydockApplication.class, args);
	}

	/** Times are kept in UTC without zone, as the Flask app stored them. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
