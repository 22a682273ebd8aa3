package drydock.photo;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Map;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The libvips processor: shrinks while decoding where the format allows, reads HEIC, and
 * runs at libvips' own speed. Its calls pin the calling thread for as long as they run,
 * so it must be called from the photo workers' platform threads, never from a virtual thread.
 */
public class VipsPhotoProcessor implements PhotoProcessor {

	private static final Logger log = LoggerFactory.getLogger(VipsPhotoProcessor.class);

	/** The only loaders allowed, by the type the magic bytes said. */
	private static final Map<PhotoType, String> LOADERS = Map.of(PhotoType.JPEG, "VipsForeignLoadJpegBuffer",
			PhotoType.PNG, "VipsForeignLoadPngBuffer", PhotoType.HEIC, "VipsForeignLoadHeifBuffer");

	/** Tall enough never to limit the display image: only its width is bounded. */
	private static final int ANY_HEIGHT = 10_000_000;

	private static final int MEGAPIXEL = 1_000_000;

	private final VipsLibrary vips;

	private final PhotoProperties properties;

	private final String description;

	/**
	 * Megapixels that decoders holding a whole image in memory (HEIC) may use at once: a
	 * 200 MP photo needs over a gigabyte, and two of them at once must not.
	 */
	private final Semaphore wholeImageDecodes;

	/**
	 * @throws IllegalArgumentException when libvips is not installed
	 */
	public VipsPhotoProcessor(PhotoProperties properties) {
		this.vips = VipsLibrary.load(properties.libvipsLibrary());
		this.properties = properties;
		// Uploads are parsed by libvips' own loaders only; svg, pdf, jp2k and the like stay off.
		vips.blockUntrusted();
		// Each worker runs one pipeline; more libvips threads per pipeline would only contend for the cores.
		vips.concurrency(1);
		// Every upload is new: cached operations would only hold memory, and pointers into freed buffers.
		vips.disableOperationCache();
		if (!vips.atLeast(8, 15)) {
			// Before 8.15 libvips compiles its SIMD code with ORC, whose code memory is split and freed
			// outside its lock: two workers building or freeing a resize at once can corrupt it, and a
			// 10-minute soak died of SIGSEGV in liborc. Plain C loops make a photo 37-50% slower and never
			// crash the JVM. 8.15 replaced ORC with Highway, which has no such shared state.
			vips.vectorCode(false);
		}
		this.description = "libvips " + vips.version();
		this.wholeImageDecodes = new Semaphore(megapixels(properties.maxPixels()));
	}

	@Override
	public String description() {
		return description;
	}

	@Override
	public ProcessedPhoto process(String fileName, byte[] bytes) {
		if (Thread.currentThread().isVirtual()) {
			throw new IllegalStateException("libvips must run on the photo workers' platform threads");
		}
		PhotoType type = PhotoType.detect(bytes);
		if (type == null) {
			throw PhotoRejectedException.notAPhoto(fileName);
		}
		try (Arena arena = Arena.ofConfined()) {
			// libvips reads the pixels lazily from this copy: it must outlive every image made from it.
			MemorySegment buffer = arena.allocateFrom(JAVA_BYTE, bytes);
			String loader = vips.loaderFor(buffer);
			if (!LOADERS.get(type).equals(loader)) {
				log.info("libvips would read {} as {}: {}", fileName, loader, vips.takeError());
				throw PhotoRejectedException.notAPhoto(fileName);
			}
			Header header = checkedHeader(fileName, buffer, arena);
			if (type != PhotoType.HEIC) {
				return make(fileName, buffer, header, arena);
			}
			int permits = Math.min(megapixels(header.pixels()), megapixels(properties.maxPixels()));
			wholeImageDecodes.acquireUninterruptibly(permits);
			try {
				return make(fileName, buffer, header, arena);
			}
			finally {
				wholeImageDecodes.release(permits);
			}
		}
	}

	/** What the header says, refused when the image is over the pixel limit, before anything is decoded. */
	private Header checkedHeader(String fileName, MemorySegment buffer, Arena arena) {
		MemorySegment image = checked(fileName, vips.openSequential(buffer, arena));
		try {
			int width = vips.width(image);
			int height = vips.height(image);
			long pixels = (long) width * height;
			if (pixels > properties.maxPixels()) {
				throw PhotoRejectedException.tooManyPixels(fileName, width, height, properties.maxPixels());
			}
			return new Header(pixels, vips.hasIccProfile(image, arena));
		}
		finally {
			vips.unref(image);
		}
	}

	private ProcessedPhoto make(String fileName, MemorySegment buffer, Header header, Arena arena) {
		MemorySegment fitted = MemorySegment.NULL;
		MemorySegment opaque = MemorySegment.NULL;
		MemorySegment srgb = MemorySegment.NULL;
		MemorySegment display = MemorySegment.NULL;
		MemorySegment thumbnail = MemorySegment.NULL;
		try {
			fitted = checked(fileName, vips.loadFitted(buffer, properties.maxWidth(), ANY_HEIGHT, header.iccProfile(),
					arena));
			opaque = vips.hasAlpha(fitted) ? checked(fileName, vips.flattenOnWhite(fitted, arena)) : fitted;
			srgb = checked(fileName, vips.toSrgb(opaque, arena));
			// Decode once into memory; both outputs are made from it.
			display = checked(fileName, vips.copyMemory(srgb));
			EncodedImage displayJpeg = encode(fileName, display, arena);
			thumbnail = checked(fileName,
					vips.fit(display, PhotoProperties.THUMBNAIL_SIZE, PhotoProperties.THUMBNAIL_SIZE, arena));
			return new ProcessedPhoto(displayJpeg, encode(fileName, thumbnail, arena));
		}
		finally {
			vips.unref(thumbnail);
			vips.unref(display);
			vips.unref(srgb);
			if (!opaque.equals(fitted)) {
				vips.unref(opaque);
			}
			vips.unref(fitted);
		}
	}

	/** The image a libvips call made, or the file's refusal when it made none. */
	private MemorySegment checked(String fileName, MemorySegment image) {
		if (image.equals(MemorySegment.NULL)) {
			throw refused(fileName);
		}
		return image;
	}

	private EncodedImage encode(String fileName, MemorySegment image, Arena arena) {
		int width = vips.width(image);
		int height = vips.height(image);
		byte[] jpeg = vips.progressiveJpeg(image, TargetSize.jpegQuality(width, height), arena);
		if (jpeg == null) {
			throw refused(fileName);
		}
		return new EncodedImage(jpeg, width, height);
	}

	/** Whether libvips runs its generated SIMD code, for tests. */
	boolean vectorCodeEnabled() {
		return vips.vectorCodeEnabled();
	}

	/** Long-lived libvips allocations, for tests that look for leaks. */
	long trackedMemory() {
		return vips.trackedMemory();
	}

	/** The file's refusal as damaged, with libvips' reason in the log (its messages are not for users). */
	private PhotoRejectedException refused(String fileName) {
		log.info("libvips refused {}: {}", fileName, vips.takeError());
		return PhotoRejectedException.damaged(fileName);
	}

	private static int megapixels(long pixels) {
		return (int) Math.max(1, (pixels + MEGAPIXEL - 1) / MEGAPIXEL);
	}

	private record Header(long pixels, boolean iccProfile) {
	}

}
