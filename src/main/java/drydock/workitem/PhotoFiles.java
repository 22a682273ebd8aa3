package drydock.workitem;

/** The stored files of one photo: the display image and its thumbnail, with their sizes. */
public record PhotoFiles(String display, int width, int height, String thumbnail, int thumbnailWidth,
		int thumbnailHeight) {
}
