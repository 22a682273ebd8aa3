package drydock.report;

/** A work item's finished Word file and the name to give it. */
record RenderedDocument(int itemId, String fileName, ChunkedBytes content) {
}
