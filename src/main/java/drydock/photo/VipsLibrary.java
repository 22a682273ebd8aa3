package drydock.photo;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * The libvips functions Drydock calls, bound through {@code java.lang.foreign}. Each call
 * returns what libvips returns; {@link VipsPhotoProcessor} decides what it means. A
 * variadic C function gets one handle per argument list it is called with, because the
 * C calling convention depends on the argument types.
 */
final class VipsLibrary {

	/** Debian's libvips42 package. */
	static final String DEFAULT_NAME = "libvips.so.42";

	// Enum values from libvips' headers (8.14).
	private static final int ACCESS_SEQUENTIAL = 1;

	private static final int SIZE_DOWN = 2;

	private static final int INTERPRETATION_SRGB = 22;

	/**
	 * Options for every loader: refuse truncated files rather than fill the missing part with
	 * grey. Passed as an option string because 8.14's thumbnail_buffer does not hand its own
	 * fail_on argument on to the loader.
	 */
	private static final String LOADER_OPTIONS = "fail_on=truncated";

	private static final Linker LINKER = Linker.nativeLinker();

	private final SymbolLookup symbols;

	private final MethodHandle init;

	private final MethodHandle versionString;

	private final MethodHandle versionNumber;

	private final MethodHandle vectorSetEnabled;

	private final MethodHandle vectorIsEnabled;

	private final MethodHandle blockUntrustedSet;

	private final MethodHandle concurrencySet;

	private final MethodHandle cacheSetMax;

	private final MethodHandle cacheSetMaxMem;

	private final MethodHandle cacheSetMaxFiles;

	private final MethodHandle foreignFindLoadBuffer;

	private final MethodHandle imageNewFromBuffer;

	private final MethodHandle imageGetWidth;

	private final MethodHandle imageGetHeight;

	private final MethodHandle imageHasAlpha;

	private final MethodHandle imageCopyMemory;

	private final MethodHandle thumbnailBuffer;

	private final MethodHandle thumbnailBufferToSrgb;

	private final MethodHandle imageGetTypeof;

	private final MethodHandle thumbnailImage;

	private final MethodHandle flatten;

	private final MethodHandle colourspace;

	private final MethodHandle arrayDoubleNew;

	private final MethodHandle areaUnref;

	private final MethodHandle jpegsaveBuffer;

	private final MethodHandle errorBufferCopy;

	private final MethodHandle trackedGetMem;

	private final MethodHandle objectUnref;

	private final MethodHandle free;

	private VipsLibrary(SymbolLookup symbols) {
		this.symbols = symbols;
		this.init = function("vips_init", FunctionDescriptor.of(JAVA_INT, ADDRESS));
		this.versionString = function("vips_version_string", FunctionDescriptor.of(ADDRESS));
		this.versionNumber = function("vips_version", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
		this.vectorSetEnabled = function("vips_vector_set_enabled", FunctionDescriptor.ofVoid(JAVA_INT));
		this.vectorIsEnabled = function("vips_vector_isenabled", FunctionDescriptor.of(JAVA_INT));
		this.blockUntrustedSet = function("vips_block_untrusted_set", FunctionDescriptor.ofVoid(JAVA_INT));
		this.concurrencySet = function("vips_concurrency_set", FunctionDescriptor.ofVoid(JAVA_INT));
		this.cacheSetMax = function("vips_cache_set_max", FunctionDescriptor.ofVoid(JAVA_INT));
		this.cacheSetMaxMem = function("vips_cache_set_max_mem", FunctionDescriptor.ofVoid(JAVA_LONG));
		this.cacheSetMaxFiles = function("vips_cache_set_max_files", FunctionDescriptor.ofVoid(JAVA_INT));
		this.foreignFindLoadBuffer = function("vips_foreign_find_load_buffer",
				FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
		// vips_image_new_from_buffer(buf, len, option_string, "access", int, NULL)
		this.imageNewFromBuffer = variadic("vips_image_new_from_buffer", ADDRESS, 3, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS,
				JAVA_INT, ADDRESS);
		this.imageGetWidth = function("vips_image_get_width", FunctionDescriptor.of(JAVA_INT, ADDRESS));
		this.imageGetHeight = function("vips_image_get_height", FunctionDescriptor.of(JAVA_INT, ADDRESS));
		this.imageHasAlpha = function("vips_image_hasalpha", FunctionDescriptor.of(JAVA_INT, ADDRESS));
		this.imageCopyMemory = function("vips_image_copy_memory", FunctionDescriptor.of(ADDRESS, ADDRESS));
		this.imageGetTypeof = function("vips_image_get_typeof", FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));
		// vips_thumbnail_buffer(buf, len, &out, width, "height", int, "size", int, "option_string", char*, NULL)
		this.thumbnailBuffer = variadic("vips_thumbnail_buffer", JAVA_INT, 4, ADDRESS, JAVA_LONG, ADDRESS, JAVA_INT,
				ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS);
		// the same with "export_profile", char* before the NULL
		this.thumbnailBufferToSrgb = variadic("vips_thumbnail_buffer", JAVA_INT, 4, ADDRESS, JAVA_LONG, ADDRESS,
				JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS);
		// vips_thumbnail_image(in, &out, width, "height", int, "size", int, "no_rotate", int, NULL)
		this.thumbnailImage = variadic("vips_thumbnail_image", JAVA_INT, 3, ADDRESS, ADDRESS, JAVA_INT, ADDRESS,
				JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS);
		// vips_flatten(in, &out, "background", VipsArrayDouble*, NULL)
		this.flatten = variadic("vips_flatten", JAVA_INT, 2, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS);
		// vips_colourspace(in, &out, VipsInterpretation, NULL)
		this.colourspace = variadic("vips_colourspace", JAVA_INT, 3, ADDRESS, ADDRESS, JAVA_INT, ADDRESS);
		this.arrayDoubleNew = function("vips_array_double_new", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
		this.areaUnref = function("vips_area_unref", FunctionDescriptor.ofVoid(ADDRESS));
		// vips_jpegsave_buffer(in, &buf, &len, "Q", int, "interlace", int, "optimize_coding", int, "strip", int, NULL)
		this.jpegsaveBuffer = variadic("vips_jpegsave_buffer", JAVA_INT, 3, ADDRESS, ADDRESS, ADDRESS, ADDRESS,
				JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS);
		this.errorBufferCopy = function("vips_error_buffer_copy", FunctionDescriptor.of(ADDRESS));
		this.trackedGetMem = function("vips_tracked_get_mem", FunctionDescriptor.of(JAVA_LONG));
		// GLib's functions resolve through libvips' own dependencies.
		this.objectUnref = function("g_object_unref", FunctionDescriptor.ofVoid(ADDRESS));
		this.free = function("g_free", FunctionDescriptor.ofVoid(ADDRESS));
	}

	/**
	 * Loads libvips and starts it.
	 * @throws IllegalArgumentException when the library is not installed
	 * @throws IllegalStateException when it is installed but will not start
	 */
	static VipsLibrary load(String libraryName) {
		VipsLibrary vips = new VipsLibrary(SymbolLookup.libraryLookup(libraryName, Arena.global()));
		try (Arena arena = Arena.ofConfined()) {
			// vips_init may be called again; later calls do nothing.
			int result = call(() -> (int) vips.init.invokeExact(arena.allocateFrom("drydock")));
			if (result != 0) {
				throw new IllegalStateException("vips_init failed: " + vips.takeError());
			}
		}
		return vips;
	}

	String version() {
		return call(() -> cString((MemorySegment) versionString.invokeExact()));
	}

	/** Whether this libvips is at least major.minor. */
	boolean atLeast(int major, int minor) {
		int actualMajor = call(() -> (int) versionNumber.invokeExact(0));
		int actualMinor = call(() -> (int) versionNumber.invokeExact(1));
		return actualMajor > major || (actualMajor == major && actualMinor >= minor);
	}

	/** Turns libvips' run-time generated SIMD code on or off for every later operation. */
	void vectorCode(boolean enabled) {
		run(() -> {
			vectorSetEnabled.invokeExact(enabled ? 1 : 0);
		});
	}

	boolean vectorCodeEnabled() {
		return call(() -> (int) vectorIsEnabled.invokeExact() != 0);
	}

	void blockUntrusted() {
		run(() -> {
			blockUntrustedSet.invokeExact(1);
		});
	}

	void concurrency(int threads) {
		run(() -> {
			concurrencySet.invokeExact(threads);
		});
	}

	void disableOperationCache() {
		run(() -> {
			cacheSetMax.invokeExact(0);
			cacheSetMaxMem.invokeExact(0L);
			cacheSetMaxFiles.invokeExact(0);
		});
	}

	/** The class of the loader libvips would pick for these bytes ("VipsForeignLoadJpegBuffer"), or null. */
	String loaderFor(MemorySegment buffer) {
		return call(() -> {
			MemorySegment name = (MemorySegment) foreignFindLoadBuffer.invokeExact(buffer, buffer.byteSize());
			return name.equals(MemorySegment.NULL) ? null : cString(name);
		});
	}

	/** An image reading only the header for now; {@link MemorySegment#NULL} on failure. */
	MemorySegment openSequential(MemorySegment buffer, Arena arena) {
		return call(() -> (MemorySegment) imageNewFromBuffer.invokeExact(buffer, buffer.byteSize(),
				arena.allocateFrom(LOADER_OPTIONS), arena.allocateFrom("access"), ACCESS_SEQUENTIAL, MemorySegment.NULL));
	}

	int width(MemorySegment image) {
		return call(() -> (int) imageGetWidth.invokeExact(image));
	}

	int height(MemorySegment image) {
		return call(() -> (int) imageGetHeight.invokeExact(image));
	}

	/** Whether the image carries an ICC profile (Display P3 phone photos do). */
	boolean hasIccProfile(MemorySegment image, Arena arena) {
		return call(() -> (long) imageGetTypeof.invokeExact(image, arena.allocateFrom("icc-profile-data")) != 0);
	}

	boolean hasAlpha(MemorySegment image) {
		return call(() -> (int) imageHasAlpha.invokeExact(image) != 0);
	}

	/** The image computed into memory; NULL on failure. */
	MemorySegment copyMemory(MemorySegment image) {
		return call(() -> (MemorySegment) imageCopyMemory.invokeExact(image));
	}

	/**
	 * Decodes (shrinking while loading where the format can), applies the orientation tag,
	 * turns CMYK into sRGB and fits width x height, never enlarging; NULL on failure.
	 * @param toSrgb whether to convert from the image's embedded ICC profile to sRGB; without
	 * a profile the pixels already are sRGB, and a conversion would only shift them
	 */
	MemorySegment loadFitted(MemorySegment buffer, int width, int height, boolean toSrgb, Arena arena) {
		MemorySegment out = arena.allocate(ADDRESS);
		MemorySegment heightName = arena.allocateFrom("height");
		MemorySegment sizeName = arena.allocateFrom("size");
		MemorySegment optionsName = arena.allocateFrom("option_string");
		MemorySegment options = arena.allocateFrom(LOADER_OPTIONS);
		int result = toSrgb
				? call(() -> (int) thumbnailBufferToSrgb.invokeExact(buffer, buffer.byteSize(), out, width, heightName,
						height, sizeName, SIZE_DOWN, optionsName, options, arena.allocateFrom("export_profile"),
						arena.allocateFrom("srgb"), MemorySegment.NULL))
				: call(() -> (int) thumbnailBuffer.invokeExact(buffer, buffer.byteSize(), out, width, heightName, height,
						sizeName, SIZE_DOWN, optionsName, options, MemorySegment.NULL));
		return result == 0 ? out.get(ADDRESS, 0) : MemorySegment.NULL;
	}

	/** An already upright image fitted into width x height, never enlarged; NULL on failure. */
	MemorySegment fit(MemorySegment image, int width, int height, Arena arena) {
		MemorySegment out = arena.allocate(ADDRESS);
		int result = call(() -> (int) thumbnailImage.invokeExact(image, out, width, arena.allocateFrom("height"), height,
				arena.allocateFrom("size"), SIZE_DOWN, arena.allocateFrom("no_rotate"), 1, MemorySegment.NULL));
		return result == 0 ? out.get(ADDRESS, 0) : MemorySegment.NULL;
	}

	/** The image with its alpha channel composed over a white background; NULL on failure. */
	MemorySegment flattenOnWhite(MemorySegment image, Arena arena) {
		MemorySegment out = arena.allocate(ADDRESS);
		// One value applies to every band, whatever the number of colour bands.
		MemorySegment white = call(() -> (MemorySegment) arrayDoubleNew.invokeExact(arena.allocateFrom(JAVA_DOUBLE, 255.0),
				1));
		try {
			int result = call(() -> (int) flatten.invokeExact(image, out, arena.allocateFrom("background"), white,
					MemorySegment.NULL));
			return result == 0 ? out.get(ADDRESS, 0) : MemorySegment.NULL;
		}
		finally {
			run(() -> {
				areaUnref.invokeExact(white);
			});
		}
	}

	/** The image as 8-bit sRGB (greyscale and 16-bit images are not); NULL on failure. */
	MemorySegment toSrgb(MemorySegment image, Arena arena) {
		MemorySegment out = arena.allocate(ADDRESS);
		int result = call(() -> (int) colourspace.invokeExact(image, out, INTERPRETATION_SRGB, MemorySegment.NULL));
		return result == 0 ? out.get(ADDRESS, 0) : MemorySegment.NULL;
	}

	/** A progressive JPEG without any metadata (strip drops EXIF, XMP, IPTC, ICC and comments); null on failure. */
	byte[] progressiveJpeg(MemorySegment image, int quality, Arena arena) {
		MemorySegment buffer = arena.allocate(ADDRESS);
		MemorySegment length = arena.allocate(JAVA_LONG);
		int result = call(() -> (int) jpegsaveBuffer.invokeExact(image, buffer, length, arena.allocateFrom("Q"), quality,
				arena.allocateFrom("interlace"), 1, arena.allocateFrom("optimize_coding"), 1, arena.allocateFrom("strip"), 1,
				MemorySegment.NULL));
		if (result != 0) {
			return null;
		}
		MemorySegment bytes = buffer.get(ADDRESS, 0);
		try {
			return bytes.reinterpret(length.get(JAVA_LONG, 0)).toArray(JAVA_BYTE);
		}
		finally {
			gFree(bytes);
		}
	}

	/** Drops a reference to a GObject (an image); NULL is ignored. */
	void unref(MemorySegment object) {
		if (!object.equals(MemorySegment.NULL)) {
			run(() -> {
				objectUnref.invokeExact(object);
			});
		}
	}

	/** libvips' error messages since the last call, and clears them. */
	String takeError() {
		return call(() -> {
			MemorySegment copy = (MemorySegment) errorBufferCopy.invokeExact();
			try {
				return cString(copy).strip();
			}
			finally {
				gFree(copy);
			}
		});
	}

	/** Bytes libvips has allocated for pixels and not freed yet. */
	long trackedMemory() {
		return call(() -> (long) trackedGetMem.invokeExact());
	}

	private void gFree(MemorySegment pointer) {
		run(() -> {
			free.invokeExact(pointer);
		});
	}

	private static String cString(MemorySegment pointer) {
		return pointer.equals(MemorySegment.NULL) ? "" : pointer.reinterpret(Long.MAX_VALUE).getString(0);
	}

	private MethodHandle function(String name, FunctionDescriptor descriptor) {
		return LINKER.downcallHandle(symbol(name), descriptor);
	}

	private MethodHandle variadic(String name, MemoryLayout result, int firstVariadic, MemoryLayout... arguments) {
		return LINKER.downcallHandle(symbol(name), FunctionDescriptor.of(result, arguments),
				Linker.Option.firstVariadicArg(firstVariadic));
	}

	private MemorySegment symbol(String name) {
		return symbols.find(name)
			.orElseThrow(() -> new IllegalArgumentException("libvips has no function " + name + " (version too old?)"));
	}

	private static <T> T call(NativeCall<T> call) {
		try {
			return call.invoke();
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void run(NativeAction action) {
		call(() -> {
			action.invoke();
			return null;
		});
	}

	@FunctionalInterface
	private interface NativeCall<T> {

		T invoke() throws Throwable;

	}

	@FunctionalInterface
	private interface NativeAction {

		void invoke() throws Throwable;

	}

}
