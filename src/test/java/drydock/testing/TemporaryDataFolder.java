package drydock.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Gives a test application its own data folder (the embedded H2 database and the photos),
 * as {@code DRYDOCK_DATA_DIR} would, and removes it once the context has closed.
 */
public class TemporaryDataFolder implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Path folder = create();
		ConfigurableEnvironment environment = context.getEnvironment();
		// Set here rather than by their environment variables, which a developer's shell may hold.
		Map<String, Object> properties = new HashMap<>(Map.of("drydock.data-dir", folder.toString(),
				"drydock.photos.upload-folder", folder.resolve("uploads").toString()));
		environment.getPropertySources().addFirst(new MapPropertySource("temporaryDataFolder", properties));
		String url = environment.getProperty("spring.datasource.url");
		if (url != null && url.startsWith("jdbc:h2:file:")) {
			// H2 otherwise closes its files from its own shutdown hook, racing the context's close and the
			// removal below at JVM exit (and writing a trace file into the removed folder); the pool closes it.
			properties.put("spring.datasource.url", url + ";DB_CLOSE_ON_EXIT=FALSE");
		}
		// Registered before any bean exists, so it is destroyed after all of them, the database included.
		((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("temporaryDataFolderRemoval",
				() -> FileSystemUtils.deleteRecursively(folder));
	}

	private static Path create() {
		try {
			return Files.createTempDirectory("drydock-test-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
