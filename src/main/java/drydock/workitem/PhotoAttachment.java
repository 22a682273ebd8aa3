package drydock.workitem;

import drydock.photo.ProcessedPhoto;

/** A processed photo with the caption its sender gave it. */
public record PhotoAttachment(ProcessedPhoto photo, String caption) {
}
