package drydock.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.springframework.stereotype.Service;

import drydock.workitem.WorkItemContent;
import drydock.workitem.WorkItemExports;

/** A work item's Word document, built in memory: one document is at most a few megabytes of photos. */
@Service
class WorkItemDocuments {

	private final WorkItemExports exports;

	private final WorkItemDocumentWriter writer;

	WorkItemDocuments(WorkItemExports exports, WorkItemDocumentWriter writer) {
		this.exports = exports;
		this.writer = writer;
	}

	/** The item's document, or empty when there is no such item. */
	Optional<RenderedDocument> render(int itemId) {
		return exports.content(itemId).map(this::render);
	}

	RenderedDocument render(WorkItemContent item) {
		ChunkedBytes content = new ChunkedBytes();
		try {
			writer.write(item, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the document of item " + item.id(), ex);
		}
		return new RenderedDocument(item.id(), DownloadName.forDocument(item.itemNumber(), item.description()), content);
	}

}
