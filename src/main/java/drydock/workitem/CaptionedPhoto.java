package drydock.workitem;

/** A photo as a document shows it: its display image and its caption. */
public record CaptionedPhoto(int id, String caption, String displayFile) {
}
