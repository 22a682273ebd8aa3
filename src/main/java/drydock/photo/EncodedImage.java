package drydock.photo;

/** JPEG bytes and the pixel size they decode to. */
public record EncodedImage(byte[] jpeg, int width, int height) {
}
