import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import drydock.photo.PhotoMutations;
import drydock.photo.PhotoMutations.Mutant;
import drydock.testing.MultipartBody;

/**
 * bench/fuzz/run.sh's client: posts every corpus file, then COUNT seeded variants of them
 * (drydock.photo.PhotoMutations, from the test classes), each through the crew form of the
 * running application as its own submission: the form page first for its CSRF token and form
 * token, then the multipart POST. Every BATCH uploads it checks that the application's
 * process is alive and /actuator/health answers 200. Prints the answers by kind and status,
 * and every 5xx or unanswered request; exits with 1 if there was any, or the application died.
 *
 * Arguments: base URL, crew JSESSIONID, corpus folder, COUNT, seed, application's process id.
 */
public class UploadFuzz {

	private static final int BATCH = 50;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"form_token\" value=\"([^\"]+)\"");

	record Upload(String kind, String description, String fileName, String contentType, byte[] bytes) {
	}

	public static void main(String[] args) throws Exception {
		URI base = URI.create(args[0]);
		CookieManager cookies = new CookieManager();
		HttpCookie session = new HttpCookie("JSESSIONID", args[1]);
		session.setPath("/");
		session.setVersion(0);
		cookies.getCookieStore().add(base, session);
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
		ProcessHandle app = ProcessHandle.of(Long.parseLong(args[5])).orElseThrow();

		SortedMap<String, byte[]> corpus = new TreeMap<>();
		try (Stream<Path> files = Files.list(Path.of(args[2]))) {
			for (Path file : files.filter(f -> !f.getFileName().toString().matches("MANIFEST.md|SHA256SUMS")).toList()) {
				corpus.put(file.getFileName().toString(), Files.readAllBytes(file));
			}
		}
		List<Upload> uploads = new ArrayList<>();
		corpus.forEach((name, bytes) -> uploads.add(new Upload("CORPUS", name, name, "application/octet-stream", bytes)));
		for (Mutant mutant : PhotoMutations.of(corpus, Integer.parseInt(args[3]), Long.parseLong(args[4]))) {
			uploads.add(new Upload(mutant.kind().name(), mutant.toString(), mutant.fileName(), mutant.contentType(),
					mutant.bytes()));
		}

		Map<String, Map<String, Integer>> answers = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < uploads.size(); i++) {
			Upload upload = uploads.get(i);
			String status;
			try {
				status = String.valueOf(post(client, base, upload));
			}
			catch (IOException ex) {
				status = "no answer";
			}
			answers.computeIfAbsent(upload.kind(), kind -> new TreeMap<>()).merge(status, 1, Integer::sum);
			if (!status.matches("[234]\\d\\d")) {
				failures.add(status + ": " + upload.description());
			}
			if ((i + 1) % BATCH == 0 || i + 1 == uploads.size()) {
				if (!app.isAlive() || health(client, base) != 200) {
					failures.add("after upload " + (i + 1) + " the application is "
							+ (app.isAlive() ? "not healthy" : "no longer running"));
					break;
				}
				System.err.printf("%d/%d uploads, %d failures%n", i + 1, uploads.size(), failures.size());
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;

		System.out.printf("%d uploads in %.0f s; answers by kind of upload:%n%n", uploads.size(), seconds);
		System.out.println("| kind | uploads | answers |");
		System.out.println("|---|---|---|");
		answers.forEach((kind, statuses) -> System.out.printf("| %s | %d | %s |%n", kind,
				statuses.values().stream().mapToInt(Integer::intValue).sum(), statuses.toString().replaceAll("[{}]", "")));
		System.out.println();
		System.out.println("5xx, unanswered or application down: " + failures.size());
		failures.forEach(failure -> System.out.println("  " + failure));
		System.exit(failures.isEmpty() ? 0 : 1);
	}

	/** The crew form opened for its tokens, then posted with the upload as its one photo. */
	private static int post(HttpClient client, URI base, Upload upload) throws IOException, InterruptedException {
		String page = client.send(HttpRequest.newBuilder(base.resolve("/crew/submit")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
		MultipartBody form = new MultipartBody().field("_csrf", first(CSRF, page))
			.field("form_token", first(FORM_TOKEN, page))
			.field("item_number", "")
			.field("location", "Fuzz deck")
			.field("description", "Fuzzed upload")
			.field("detail", upload.description())
			.file("photos", upload.fileName(), upload.contentType(), upload.bytes())
			.field("photo_captions", "Fuzzed");
		return client.send(form.post(base.resolve("/crew/submit")).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static int health(HttpClient client, URI base) {
		try {
			return client.send(HttpRequest.newBuilder(base.resolve("/actuator/health")).GET().build(),
					HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException | InterruptedException ex) {
			return 0;
		}
	}

	private static String first(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("the crew form was not served (session lost?)");
		}
		return matcher.group(1);
	}

}
