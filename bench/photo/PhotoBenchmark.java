import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import drydock.photo.ImageIoPhotoProcessor;
import drydock.photo.PhotoProcessor;
import drydock.photo.PhotoProperties;
import drydock.photo.ProcessedPhoto;
import drydock.photo.VipsPhotoProcessor;

/**
 * The photo pipeline's benchmark; bench/photo/run.sh runs it, docs/PERFORMANCE.md says
 * what it measures and what it found.
 *
 * <pre>
 * latency IMAGES_FOLDER      display + thumbnail: in process (libvips, ImageIO) against the
 *                            vipsthumbnail command, on 1 and 2 threads, medians
 * burst PROCESSOR FILE N     N uploads of FILE at once through 2 workers: peak RSS and heap
 * </pre>
 */
public class PhotoBenchmark {

	private static final List<String> FILES = List.of("jpeg-orient6-gps-12mp.jpg", "heic-iphone13pro-gps-12mp.heic");

	private static final int WARM_UP = 5;

	private static final int RUNS = 21;

	/** As the application runs: PHOTO_WORKERS=2. */
	private static final int WORKERS = 2;

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "latency" -> latency(Path.of(args[1]));
			case "burst" -> burst(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
			default -> throw new IllegalArgumentException("latency IMAGES | burst libvips|imageio FILE N");
		}
	}

	private static void latency(Path images) throws Exception {
		PhotoProperties properties = properties();
		PhotoProcessor vips = new VipsPhotoProcessor(properties);
		PhotoProcessor imageIo = new ImageIoPhotoProcessor(properties);
		Path scratch = Files.createTempDirectory("photo-bench");
		System.out.printf("%s, %s, %d cores, Java %s; %d runs after %d warm-up runs%n%n", vips.description(),
				vipsthumbnailVersion(), Runtime.getRuntime().availableProcessors(), Runtime.version(), RUNS, WARM_UP);
		System.out.println("| photo | threads | vipsthumbnail command (baseline) | libvips in process | ratio | ImageIO in process | ratio |");
		System.out.println("|---|---|---|---|---|---|---|");
		for (String file : FILES) {
			byte[] bytes = Files.readAllBytes(images.resolve(file));
			ProcessedPhoto reference = vips.process(file, bytes);
			boolean heic = file.endsWith(".heic");
			for (int threads = 1; threads <= 2; threads++) {
				double command = median(threads,
						() -> vipsthumbnail(images.resolve(file), scratch.resolve("t" + Thread.currentThread().threadId()),
								reference));
				double inProcess = median(threads, () -> vips.process(file, bytes));
				double pureJava = heic ? Double.NaN : median(threads, () -> imageIo.process(file, bytes));
				System.out.printf(Locale.ROOT, "| %s | %d | %.0f ms | %.0f ms | %.2f | %s | %s |%n", file, threads, command,
						inProcess, inProcess / command, heic ? "refused (HEIC needs libvips)" : "%.0f ms".formatted(pureJava),
						heic ? "" : "%.2f".formatted(pureJava / command));
			}
		}
		double startUp = median(1, () -> {
			run("vipsthumbnail", "--version");
			return null;
		});
		System.out.printf(Locale.ROOT, "%nOf the command's time, starting it (vipsthumbnail --version): %.0f ms a run.%n",
				startUp);
	}

	/** The median time of one photo, each of {@code threads} threads processing photos one after another. */
	private static double median(int threads, Callable<?> work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<List<Double>>> timings = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				timings.add(pool.submit(() -> {
					for (int i = 0; i < WARM_UP; i++) {
						work.call();
					}
					List<Double> millis = new ArrayList<>();
					for (int i = 0; i < RUNS; i++) {
						long start = System.nanoTime();
						work.call();
						millis.add((System.nanoTime() - start) / 1e6);
					}
					return millis;
				}));
			}
			List<Double> all = new ArrayList<>();
			for (Future<List<Double>> timing : timings) {
				all.addAll(timing.get());
			}
			Collections.sort(all);
			return all.get(all.size() / 2);
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * The command making the same two outputs: the display image from the photo (embedded
	 * profile to sRGB), then the thumbnail from the display image, same quality, progressive,
	 * stripped.
	 */
	private static Object vipsthumbnail(Path photo, Path folder, ProcessedPhoto reference) throws Exception {
		Files.createDirectories(folder);
		Path display = folder.resolve("display.jpg");
		run("vipsthumbnail", photo.toString(), "--size", reference.display().width() + "x10000000>", "--export-profile",
				"srgb", "-o", display + jpegOptions(reference.display().width(), reference.display().height()));
		run("vipsthumbnail", display.toString(), "--size", "300x300>", "-o",
				folder.resolve("thumbnail.jpg") + jpegOptions(reference.thumbnail().width(), reference.thumbnail().height()));
		return null;
	}

	private static String jpegOptions(int width, int height) {
		int quality = width < 800 && height < 800 ? 90 : 85;
		return "[Q=" + quality + ",interlace,optimize_coding,strip]";
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + ": " + new String(output));
		}
	}

	private static String vipsthumbnailVersion() throws IOException {
		Process process = new ProcessBuilder("vipsthumbnail", "--version").redirectErrorStream(true).start();
		return "vipsthumbnail " + new String(process.getInputStream().readAllBytes()).strip().replace("vips-", "");
	}

	/** {@code count} uploads arriving at once, processed by the application's two workers. */
	private static void burst(String processorName, Path file, int count) throws Exception {
		PhotoProperties properties = properties();
		PhotoProcessor processor = processorName.equals("imageio") ? new ImageIoPhotoProcessor(properties)
				: new VipsPhotoProcessor(properties);
		byte[] bytes = Files.readAllBytes(file);
		String name = file.getFileName().toString();
		// Warm up, then measure the burst alone.
		processor.process(name, bytes);
		System.gc();
		long before = rssKb("VmRSS");
		resetPeaks();
		ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
		long start = System.nanoTime();
		List<Future<ProcessedPhoto>> uploads = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			byte[] upload = bytes.clone();
			uploads.add(workers.submit(() -> processor.process(name, upload)));
		}
		for (Future<ProcessedPhoto> upload : uploads) {
			upload.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		workers.shutdown();
		long peakHeap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum();
		System.out.printf(Locale.ROOT, "| %s | %s x %d | %.1f s | %d MB | %d MB | %d MB |%n", processor.description(), name,
				count, seconds, before / 1024, rssKb("VmHWM") / 1024, peakHeap / (1024 * 1024));
	}

	private static PhotoProperties properties() {
		return new PhotoProperties(Path.of("unused"), 576, 6, null, null, WORKERS, null);
	}

	/** Starts the peak RSS (VmHWM) and the heap pools' peaks from now. */
	private static void resetPeaks() throws IOException {
		Files.writeString(Path.of("/proc/self/clear_refs"), "5");
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long rssKb(String field) {
		try {
			return Files.readAllLines(Path.of("/proc/self/status"))
				.stream()
				.filter(line -> line.startsWith(field + ":"))
				.mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
				.findFirst()
				.orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
