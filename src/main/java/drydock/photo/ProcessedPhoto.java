package drydock.photo;

/** The outputs made from one upload. */
public record ProcessedPhoto(EncodedImage display, EncodedImage thumbnail) {
}
