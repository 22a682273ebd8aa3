import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import drydock.DrydockApplication;

/**
 * Documents benchmark: the whole application in this JVM on a fresh H2 file database, driven
 * over HTTP on the loopback interface by an admin session, as a browser would.
 *
 * Measures, RUNS times each after a warm-up, and prints medians:
 * - one item's .docx (the baseline: 6 photos), time to the last byte;
 * - a batch ZIP of 100 items x 6 photos: time to the first body byte and to the last;
 * - an .xlsx of 100,000 rows: time to the last byte;
 * and for each the heap: the highest heap in use after any GC during the download (what was
 * really kept) and the highest sampled heap in use (garbage included), both minus the heap in
 * use after a full GC before it.
 *
 * Run with bench/report/run.sh from the repository root.
 */
public class DocumentsBench {

	static final int RUNS = Integer.getInteger("runs", 5);

	static final int BATCH_ITEMS = 100;

	static final int PHOTOS_PER_ITEM = 6;

	static final int SHEET_ROWS = 100_000;

	static final String PASSWORD = "bench-admin-password";

	static final List<String> SOURCES = List.of("jpeg-iphone6-gps-8mp.jpg", "jpeg-orient6-gps-12mp.jpg",
			"jpeg-progressive.jpg", "jpeg-orient1-landscape.jpg", "jpeg-grayscale.jpg", "jpeg-orient3-landscape.jpg");

	public static void main(String[] args) throws Exception {
		Path data = Files.createTempDirectory("drydock-bench-documents");
		List<String> photos = writePhotos(Path.of("src/test/resources/images"), data.resolve("uploads"));
		// The source launcher's own loader would make Spring proxy package-private repositories from the wrong loader.
		Thread.currentThread().setContextClassLoader(DrydockApplication.class.getClassLoader());
		ConfigurableApplicationContext app = SpringApplication.run(DrydockApplication.class, "--server.port=0",
				"--drydock.data-dir=" + data, "--drydock.access.admin-password=" + PASSWORD,
				"--drydock.access.crew-password=bench-crew-password", "--logging.level.root=WARN");
		try {
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			List<Integer> batchIds = seedBatchItems(jdbc, photos);
			seedSheetRows(jdbc);
			Client client = Client.signIn("http://127.0.0.1:" + port);
			HeapWatch heap = new HeapWatch();
			String batchForm = batchIds.stream().map(id -> "item_ids[]=" + id).collect(Collectors.joining("&"));

			System.out.printf("Java %s, %d processors, max heap %d MB; %d runs after 2 warm-ups%n",
					Runtime.version(), Runtime.getRuntime().availableProcessors(),
					Runtime.getRuntime().maxMemory() >> 20, RUNS);
			Map<String, List<Measure>> results = new java.util.LinkedHashMap<>();
			for (int run = -2; run < RUNS; run++) {
				Measure single = heap.measure(() -> client.get("/admin/download/" + batchIds.getFirst()));
				Measure batch = heap.measure(() -> client.post("/admin/download-batch", batchForm));
				Map<String, Double> batchCpu = heap.lastCpuByThreads;
				Measure sheet = heap.measure(() -> client.get("/admin/download-spreadsheet"));
				if (run >= 0) {
					results.computeIfAbsent("single .docx (6 photos)", k -> new ArrayList<>()).add(single);
					results.computeIfAbsent("batch ZIP, 100 items x 6 photos", k -> new ArrayList<>()).add(batch);
					results.computeIfAbsent(".xlsx, " + SHEET_ROWS + " rows", k -> new ArrayList<>()).add(sheet);
					System.out.printf("run %d: single %s | batch %s | xlsx %s%n", run + 1, single, batch, sheet);
					System.out.printf("  batch CPU seconds by thread: %s%n", batchCpu.entrySet()
						.stream()
						.map(entry -> "%s %.2f".formatted(entry.getKey(), entry.getValue()))
						.collect(Collectors.joining(", ")));
				}
			}
			System.out.println();
			System.out.println("| download | first byte (s) | last byte (s) | CPU (s) | size (MB) | kept heap growth (MB) | sampled heap growth (MB) |");
			System.out.println("|---|---|---|---|---|---|---|");
			double singleSeconds = 0;
			for (var entry : results.entrySet()) {
				List<Measure> runs = entry.getValue();
				double last = median(runs, Measure::lastByteSeconds);
				if (singleSeconds == 0) {
					singleSeconds = last;
				}
				System.out.printf("| %s | %.3f | %.3f (%.1f x single) | %.2f | %.1f | %.0f | %.0f |%n", entry.getKey(),
						median(runs, Measure::firstByteSeconds), last, last / singleSeconds, median(runs, Measure::cpuSeconds),
						median(runs, measure -> measure.bytes() / 1e6), median(runs, Measure::keptGrowthMb),
						median(runs, Measure::sampledGrowthMb));
			}
		}
		finally {
			app.close();
			try (var files = Files.walk(data)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	/** Six distinct display photos as Drydock stores them: 576 px wide JPEGs under hex names. */
	static List<String> writePhotos(Path sources, Path uploads) throws IOException {
		Files.createDirectories(uploads);
		List<String> names = new ArrayList<>();
		for (int i = 0; i < SOURCES.size(); i++) {
			BufferedImage source = ImageIO.read(sources.resolve(SOURCES.get(i)).toFile());
			int height = Math.round(576f * source.getHeight() / source.getWidth());
			BufferedImage display = new BufferedImage(576, height, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = display.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(source, 0, 0, 576, height, null);
			g.dispose();
			String name = HexFormat.of().formatHex(new byte[16]).substring(0, 31) + i + ".jpg";
			Files.write(uploads.resolve(name), jpeg(display));
			names.add(name);
		}
		return names;
	}

	static byte[] jpeg(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(0.85f);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		writer.dispose();
		return bytes.toByteArray();
	}

	static List<Integer> seedBatchItems(JdbcTemplate jdbc, List<String> photos) {
		List<Integer> ids = new ArrayList<>();
		String detail = "Remove and renew as per the attached photos.\n".repeat(20);
		for (int i = 0; i < BATCH_ITEMS; i++) {
			jdbc.update("INSERT INTO work_items (item_number, location, ns_equipment, description, detail, \"references\", "
					+ "submitter_name, submitted_at, status) VALUES (?, 'Main deck, frame 66', 'N/A', ?, ?, "
					+ "'Gaskets and fasteners', 'DP', ?, 'Submitted')", "B-" + i, "Batch item number " + i, detail,
					LocalDateTime.now());
			int id = jdbc.queryForObject("SELECT id FROM work_items WHERE item_number = ?", Integer.class, "B-" + i);
			for (int p = 0; p < PHOTOS_PER_ITEM; p++) {
				jdbc.update("INSERT INTO photos (filename, caption, work_item_id) VALUES (?, ?, ?)", photos.get(p),
						"View " + (p + 1) + " of item " + i, id);
			}
			ids.add(id);
		}
		return ids;
	}

	static void seedSheetRows(JdbcTemplate jdbc) {
		String sql = "INSERT INTO work_items (item_number, location, ns_equipment, description, detail, "
				+ "submitter_name, submitted_at, status) VALUES (?, 'Engine room', 'N/A', ?, ?, 'AL', ?, 'Submitted')";
		LocalDateTime start = LocalDateTime.of(2025, 1, 1, 0, 0);
		int chunk = 5_000;
		for (int from = 0; from < SHEET_ROWS - BATCH_ITEMS; from += chunk) {
			List<Object[]> rows = new ArrayList<>();
			for (int i = from; i < Math.min(from + chunk, SHEET_ROWS - BATCH_ITEMS); i++) {
				rows.add(new Object[] { "S-" + i, "Spreadsheet row " + i + " with a description of ordinary length",
						"Detail of row " + i + ": inspect, clean, renew seals and test under load.", start.plusMinutes(i) });
			}
			jdbc.batchUpdate(sql, rows);
		}
	}

	static double median(List<Measure> runs, java.util.function.ToDoubleFunction<Measure> value) {
		double[] values = runs.stream().mapToDouble(value).sorted().toArray();
		int middle = values.length / 2;
		return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	record Measure(double firstByteSeconds, double lastByteSeconds, double cpuSeconds, long bytes, double keptGrowthMb,
			double sampledGrowthMb) {

		@Override
		public String toString() {
			return "%.3f/%.3f s, cpu %.2f s, %.1f MB, heap +%.0f kept +%.0f sampled MB".formatted(firstByteSeconds,
					lastByteSeconds, cpuSeconds, bytes / 1e6, keptGrowthMb, sampledGrowthMb);
		}

	}

	record Timing(double firstByteSeconds, double lastByteSeconds, long bytes) {
	}

	interface Download {

		Timing run() throws Exception;

	}

	/** Heap in use: sampled every millisecond, and after every GC (from GC notifications). */
	static final class HeapWatch {

		private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

		/** CPU time of the whole process (server and client), which other programs on the machine do not inflate. */
		private final com.sun.management.OperatingSystemMXBean processor = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();

		private final AtomicLong keptPeak = new AtomicLong();

		private final java.util.Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
			.map(java.lang.management.MemoryPoolMXBean::getName)
			.collect(Collectors.toSet());

		/** CPU seconds of the last download by group of threads; "JVM" is GC, JIT and other threads Java cannot see. */
		Map<String, Double> lastCpuByThreads = Map.of();

		HeapWatch() {
			for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
					if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
						var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
						long used = info.getGcInfo()
							.getMemoryUsageAfterGc()
							.entrySet()
							.stream()
							.filter(pool -> heapPools.contains(pool.getKey()))
							.mapToLong(pool -> pool.getValue().getUsed())
							.sum();
						keptPeak.accumulateAndGet(used, Math::max);
					}
				}, null, null);
			}
		}

		Measure measure(Download download) throws Exception {
			System.gc();
			Thread.sleep(200);
			long base = memory.getHeapMemoryUsage().getUsed();
			keptPeak.set(base);
			AtomicLong sampledPeak = new AtomicLong(base);
			Thread sampler = Thread.ofPlatform().daemon().start(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(1);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			Map<String, Long> threadsBefore = threadCpu();
			long cpuBefore = processor.getProcessCpuTime();
			Timing timing = download.run();
			long cpu = processor.getProcessCpuTime() - cpuBefore;
			lastCpuByThreads = difference(threadCpu(), threadsBefore, cpu);
			sampler.interrupt();
			sampler.join();
			return new Measure(timing.firstByteSeconds(), timing.lastByteSeconds(), cpu / 1e9, timing.bytes(),
					(keptPeak.get() - base) / 1048576.0, (sampledPeak.get() - base) / 1048576.0);
		}

	}

	/** CPU nanoseconds by thread group (the name without its number). */
	static Map<String, Long> threadCpu() {
		var threads = ManagementFactory.getThreadMXBean();
		Map<String, Long> groups = new java.util.TreeMap<>();
		for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null) {
				long cpu = threads.getThreadCpuTime(info.getThreadId());
				if (cpu > 0) {
					groups.merge(info.getThreadName().replaceAll("[-#]?\\d+", ""), cpu, Long::sum);
				}
			}
		}
		return groups;
	}

	static Map<String, Double> difference(Map<String, Long> after, Map<String, Long> before, long processCpu) {
		Map<String, Double> seconds = new java.util.TreeMap<>();
		long seen = 0;
		for (var entry : after.entrySet()) {
			long used = entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
			seen += used;
			if (used > 20_000_000) {
				seconds.put(entry.getKey(), used / 1e9);
			}
		}
		seconds.put("JVM (GC, JIT, …)", (processCpu - seen) / 1e9);
		return seconds;
	}

	/** An admin's browser session: cookies and the CSRF token of the signed-in session. */
	record Client(HttpClient http, String base, String csrf) {

		static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		static Client signIn(String base) throws Exception {
			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			String login = http.send(HttpRequest.newBuilder(URI.create(base + "/admin-login")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			String form = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ token(login);
			http.send(HttpRequest.newBuilder(URI.create(base + "/admin-login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.discarding());
			HttpResponse<String> dashboard = http.send(
					HttpRequest.newBuilder(URI.create(base + "/admin/dashboard")).build(),
					HttpResponse.BodyHandlers.ofString());
			if (dashboard.statusCode() != 200) {
				throw new IllegalStateException("sign-in failed: dashboard answered " + dashboard.statusCode());
			}
			return new Client(http, base, token(dashboard.body()));
		}

		static String token(String html) {
			Matcher matcher = CSRF.matcher(html);
			if (!matcher.find()) {
				throw new IllegalStateException("no CSRF token on the page");
			}
			return matcher.group(1);
		}

		Timing get(String path) throws Exception {
			return time(HttpRequest.newBuilder(URI.create(base + path)).build());
		}

		Timing post(String path, String form) throws Exception {
			return time(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + csrf))
				.build());
		}

		/** Times to the first body byte and to the last, reading and dropping the body as it comes. */
		private Timing time(HttpRequest request) throws Exception {
			long start = System.nanoTime();
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
			}
			long first = 0;
			long bytes = 0;
			byte[] buffer = new byte[64 * 1024];
			try (InputStream body = response.body()) {
				for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
					if (bytes == 0 && read > 0) {
						first = System.nanoTime();
					}
					bytes += read;
				}
			}
			long last = System.nanoTime();
			return new Timing((first - start) / 1e9, (last - start) / 1e9, bytes);
		}

	}

}
