package drydock.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A ZIP of work item documents written straight to the response as each document is ready:
 * documents are built in parallel on {@link DocumentWorkers}, at most a window of them in
 * memory at once, and entered in the order asked. Items that are not found, or whose
 * document fails, are skipped and listed in {@value #SKIPPED_LIST}.
 */
@Service
class DocumentBatches {

	static final String SKIPPED_LIST = "skipped-items.txt";

	private static final Logger log = LoggerFactory.getLogger(DocumentBatches.class);

	private final WorkItemDocuments documents;

	private final DocumentWorkers workers;

	DocumentBatches(WorkItemDocuments documents, DocumentWorkers workers) {
		this.documents = documents;
		this.workers = workers;
	}

	void writeZip(BatchSelection selection, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out);
		Set<String> names = new HashSet<>();
		List<String> skipped = new ArrayList<>();
		selection.notIds().forEach(value -> skipped.add("\"" + value + "\": not a work item id"));
		OrderedWindow.run(selection.ids().iterator(), workers.window(), id -> workers.submit(() -> build(id)),
				built -> {
					switch (built) {
						case Built.Document(RenderedDocument document) -> {
							storeEntry(zip, uniqueName(names, document.fileName()), document.content());
							// Each document leaves as soon as it is in: the download shows progress from the start.
							zip.flush();
						}
						case Built.NotFound(int id) -> skipped.add("id " + id + ": no such work item");
						case Built.Failed(int id) -> skipped.add("id " + id + ": its document could not be written");
					}
				});
		if (!skipped.isEmpty()) {
			zip.putNextEntry(new ZipEntry(uniqueName(names, SKIPPED_LIST)));
			zip.write(("Not in this ZIP:\n" + String.join("\n", skipped) + "\n").getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		zip.finish();
		zip.flush();
	}

	private Built build(int id) {
		try {
			Optional<RenderedDocument> document = documents.render(id);
			return document.<Built>map(Built.Document::new).orElseGet(() -> new Built.NotFound(id));
		}
		catch (RuntimeException ex) {
			log.error("The document of item {} was left out of a batch", id, ex);
			return new Built.Failed(id);
		}
	}

	/** A .docx is already compressed: stored as it is, which costs no CPU and no memory. */
	private static void storeEntry(ZipOutputStream zip, String name, ChunkedBytes content) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(content.size());
		entry.setCompressedSize(content.size());
		entry.setCrc(content.crc32());
		zip.putNextEntry(entry);
		content.writeTo(zip);
		zip.closeEntry();
	}

	/** The name, or the name numbered _2, _3, … when an earlier entry has it (ignoring case, as Windows does). */
	private static String uniqueName(Set<String> taken, String name) {
		String candidate = name;
		for (int number = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); number++) {
			candidate = DownloadName.numbered(name, number);
		}
		return candidate;
	}

	/** One requested item's outcome. */
	sealed interface Built {

		record Document(RenderedDocument document) implements Built {
		}

		record NotFound(int id) implements Built {
		}

		record Failed(int id) implements Built {
		}

	}

}
