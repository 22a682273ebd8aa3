package drydock.workitem;

import java.io.PrintStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import drydock.workitem.PhotoFileReport.MissingFile;
import drydock.workitem.PhotoFileReport.OrphanFile;

/**
 * {@code --drydock.check-files}: checks the photo files against the photo rows, prints the
 * report and stops the application, with exit status 0 when they agree and 1 when not.
 */
@Component
@ConditionalOnProperty("drydock.check-files")
class PhotoFileCheckCommand implements ApplicationRunner {

	/** Each list is printed up to this many lines; the counts cover everything. */
	private static final int LISTED = 1_000;

	static final int CONSISTENT = 0;

	static final int NOT_CONSISTENT = 1;

	private final PhotoFileCheck check;

	private final ConfigurableApplicationContext context;

	PhotoFileCheckCommand(PhotoFileCheck check, ConfigurableApplicationContext context) {
		this.check = check;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int status = report(System.out);
		System.exit(SpringApplication.exit(context, () -> status));
	}

	/** Prints the check's report; returns the exit status. */
	int report(PrintStream out) {
		PhotoFileReport report = check.run(LISTED);
		for (MissingFile file : report.missing()) {
			out.printf("missing  item %s (id %d) photo %d %s %s%n", file.itemNumber(), file.itemId(), file.photoId(),
					file.thumbnail() ? "thumbnail" : "display", file.fileName());
		}
		for (OrphanFile file : report.orphans()) {
			out.printf("orphan   %s (last written %s)%n", file.fileName(), file.modifiedAt());
		}
		out.printf("%s: %d photo rows, %d photo files; %d missing, %d without a row "
				+ "(%d newer than %d min not counted, %d other entries left alone); %d ms%n",
				report.consistent() ? "CONSISTENT" : "NOT CONSISTENT", report.rowsChecked(), report.filesChecked(),
				report.missingCount(), report.orphanCount(), report.recentUnreferenced(), report.grace().toMinutes(),
				report.passedOver(), report.took().toMillis());
		return report.consistent() ? CONSISTENT : NOT_CONSISTENT;
	}

}
