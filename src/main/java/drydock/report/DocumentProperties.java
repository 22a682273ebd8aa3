package drydock.report;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param backupFolder where a completed item's document is kept (the Flask app's GENERATED_DOCS_FOLDER)
 * @param threads platform threads that build documents for batches; 0 means one per processor
 */
@ConfigurationProperties("drydock.documents")
public record DocumentProperties(Path backupFolder, int threads) {

	public DocumentProperties {
		if (threads <= 0) {
			threads = Runtime.getRuntime().availableProcessors();
		}
	}

}
