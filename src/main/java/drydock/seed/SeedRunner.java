package drydock.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --drydock.seed.items=N}: seeds N items into the configured database after the
 * migrations, reports what it added and stops the application.
 */
@Component
@ConditionalOnProperty("drydock.seed.items")
class SeedRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedRunner.class);

	private final Seeder seeder;

	private final ConfigurableApplicationContext context;

	private final int items;

	private final long randomSeed;

	SeedRunner(Seeder seeder, ConfigurableApplicationContext context, @Value("${drydock.seed.items}") int items,
			@Value("${drydock.seed.random-seed:1}") long randomSeed) {
		this.seeder = seeder;
		this.context = context;
		this.items = items;
		this.randomSeed = randomSeed;
	}

	@Override
	public void run(ApplicationArguments args) {
		Seeder.Result result = seeder.seed(items, randomSeed);
		log.info("Seeded {} items, {} photo rows, {} comments, {} status changes in {} ms", result.items(),
				result.photos(), result.comments(), result.history(), result.took().toMillis());
		System.exit(SpringApplication.exit(context, () -> 0));
	}

}
