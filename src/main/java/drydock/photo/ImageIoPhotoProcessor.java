package drydock.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.w3c.dom.Node;

/**
 * The pure-Java processor (ImageIO, with TwelveMonkeys' JPEG reader for CMYK and embedded
 * colour profiles). Reads JPEG and PNG; HEIC needs libvips.
 */
public class ImageIoPhotoProcessor implements PhotoProcessor {

	private static final String PNG_METADATA = "javax_imageio_png_1.0";

	private final PhotoProperties properties;

	public ImageIoPhotoProcessor(PhotoProperties properties) {
		this.properties = properties;
		ImageIO.setUseCache(false);
	}

	@Override
	public String description() {
		return "ImageIO (pure Java)";
	}

	@Override
	public ProcessedPhoto process(String fileName, byte[] bytes) {
		PhotoType type = PhotoType.detect(bytes);
		if (type == null) {
			throw PhotoRejectedException.notAPhoto(fileName);
		}
		if (type == PhotoType.HEIC) {
			throw PhotoRejectedException.unsupportedType(fileName,
					"HEIC photos need libvips on the server (install libvips42), or send a JPEG");
		}
		int orientation = type == PhotoType.JPEG ? ExifOrientation.of(bytes) : 1;
		BufferedImage display = orient(decode(fileName, type, bytes, orientation), orientation);
		EncodedImage displayJpeg = encode(fileName, display);
		TargetSize thumbSize = TargetSize.fit(display.getWidth(), display.getHeight(), PhotoProperties.THUMBNAIL_SIZE);
		EncodedImage thumbnail = encode(fileName, scale(display, thumbSize.width(), thumbSize.height()));
		return new ProcessedPhoto(displayJpeg, thumbnail);
	}

	/**
	 * Decodes at a subsampling that keeps memory bounded and scales to the display size in
	 * sRGB, still unrotated.
	 */
	private BufferedImage decode(String fileName, PhotoType type, byte[] bytes, int orientation) {
		// The reader for the type the bytes said, never one guessed from the content by ImageIO.
		ImageReader reader = ImageIO.getImageReadersByFormatName(type == PhotoType.JPEG ? "jpeg" : "png").next();
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(input, true, false);
			// ImageIO fills a cut-off JPEG with grey and only warns; Drydock refuses it, as libvips does.
			boolean[] truncated = { false };
			reader.addIIOReadWarningListener((source, warning) -> truncated[0] |= isTruncation(warning));
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if ((long) width * height > properties.maxPixels()) {
				throw PhotoRejectedException.tooManyPixels(fileName, width, height, properties.maxPixels());
			}
			boolean sideways = orientation >= 5;
			TargetSize upright = TargetSize.display(sideways ? height : width, sideways ? width : height,
					properties.maxWidth());
			int targetWidth = sideways ? upright.height() : upright.width();
			int targetHeight = sideways ? upright.width() : upright.height();
			ImageReadParam param = reader.getDefaultReadParam();
			// Skip source pixels while decoding, but keep at least twice the target size for a smooth downscale.
			int step = Math.max(1, Math.min(width / (2 * targetWidth), height / (2 * targetHeight)));
			param.setSourceSubsampling(step, step, 0, 0);
			BufferedImage image = reader.read(0, param);
			if (truncated[0]) {
				throw PhotoRejectedException.damaged(fileName);
			}
			BufferedImage scaled = scale(image, targetWidth, targetHeight);
			// TwelveMonkeys converts a JPEG's embedded profile itself; the JDK's PNG reader leaves that to us.
			ICC_Profile profile = type == PhotoType.PNG ? embeddedProfile(reader.getImageMetadata(0)) : null;
			return profile == null ? scaled : toSrgb(scaled, profile);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PhotoRejectedException rejected) {
				throw rejected;
			}
			throw PhotoRejectedException.damaged(fileName);
		}
		finally {
			reader.dispose();
		}
	}

	private static boolean isTruncation(String warning) {
		String text = warning.toLowerCase(Locale.ROOT);
		return text.contains("truncated") || text.contains("premature end");
	}

	/** A PNG's iCCP colour profile when it describes RGB colours (Display P3 screenshots have one). */
	private static ICC_Profile embeddedProfile(IIOMetadata metadata) throws IOException {
		Node root = metadata.getAsTree(PNG_METADATA);
		for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
			if ("iCCP".equals(node.getNodeName()) && ((IIOMetadataNode) node).getUserObject() instanceof byte[] data) {
				ICC_Profile profile = ICC_Profile.getInstance(inflate(data));
				return profile.getNumComponents() == 3 ? profile : null;
			}
		}
		return null;
	}

	private static byte[] inflate(byte[] compressed) throws IOException {
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(compressed);
			ByteArrayOutputStream profile = new ByteArrayOutputStream(compressed.length * 4);
			byte[] chunk = new byte[8192];
			while (!inflater.finished()) {
				int length = inflater.inflate(chunk);
				if (length == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					throw new IOException("truncated colour profile");
				}
				profile.write(chunk, 0, length);
			}
			return profile.toByteArray();
		}
		catch (DataFormatException ex) {
			throw new IOException("damaged colour profile", ex);
		}
		finally {
			inflater.end();
		}
	}

	/** Reinterprets the pixels as colours of the profile and converts them to sRGB. */
	private static BufferedImage toSrgb(BufferedImage image, ICC_Profile profile) {
		BufferedImage converted = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
		new ColorConvertOp(new ICC_Profile[] { profile, srgb }, null).filter(image.getRaster(), converted.getRaster());
		return converted;
	}

	/** Scales onto an opaque sRGB canvas: transparency becomes white, other colour spaces convert. */
	static BufferedImage scale(BufferedImage source, int width, int height) {
		BufferedImage current = source;
		int currentWidth = source.getWidth();
		int currentHeight = source.getHeight();
		do {
			// Halve at most per step: one bilinear step over a larger ratio would alias.
			currentWidth = Math.max(width, currentWidth / 2);
			currentHeight = Math.max(height, currentHeight / 2);
			BufferedImage next = new BufferedImage(currentWidth, currentHeight, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = next.createGraphics();
			try {
				g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
				g.setColor(Color.WHITE);
				g.fillRect(0, 0, currentWidth, currentHeight);
				g.drawImage(current, 0, 0, currentWidth, currentHeight, null);
			}
			finally {
				g.dispose();
			}
			current = next;
		}
		while (currentWidth != width || currentHeight != height);
		return current;
	}

	/** Applies an EXIF orientation (1-8) by moving pixels. */
	static BufferedImage orient(BufferedImage source, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return source;
		}
		int w = source.getWidth();
		int h = source.getHeight();
		boolean swap = orientation >= 5;
		int outW = swap ? h : w;
		int outH = swap ? w : h;
		int[] in = source.getRGB(0, 0, w, h, null, 0, w);
		int[] out = new int[in.length];
		for (int dy = 0; dy < outH; dy++) {
			for (int dx = 0; dx < outW; dx++) {
				int sx;
				int sy;
				switch (orientation) {
					case 2 -> { sx = w - 1 - dx; sy = dy; }
					case 3 -> { sx = w - 1 - dx; sy = h - 1 - dy; }
					case 4 -> { sx = dx; sy = h - 1 - dy; }
					case 5 -> { sx = dy; sy = dx; }
					case 6 -> { sx = dy; sy = h - 1 - dx; }
					case 7 -> { sx = w - 1 - dy; sy = h - 1 - dx; }
					default -> { sx = w - 1 - dy; sy = dx; }
				}
				out[dy * outW + dx] = in[sy * w + sx];
			}
		}
		BufferedImage result = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
		result.setRGB(0, 0, outW, outH, out, 0, outW);
		return result;
	}

	/** A progressive JPEG with no metadata segments at all (a fresh image carries none). */
	static EncodedImage encode(String fileName, BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(TargetSize.jpegQuality(image.getWidth(), image.getHeight()) / 100f);
			param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw PhotoRejectedException.unreadable(fileName, "the photo could not be encoded");
		}
		finally {
			writer.dispose();
		}
		return new EncodedImage(bytes.toByteArray(), image.getWidth(), image.getHeight());
	}

}
