package drydock.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import drydock.photo.PhotoMutations.Mutant;
import drydock.testing.DrydockWebTest;
import drydock.testing.SignedIn;

/**
 * Damaged and disguised photos ({@link PhotoMutations}, seeded) through the crew form with
 * whichever processor runs here (libvips where it is installed, else ImageIO): each is
 * stored or refused with 413, 415 or 422, never a server error, and a refused one leaves no
 * item and no file behind. bench/fuzz does the same over HTTP with the whole corpus.
 */
class PhotoFuzzTest extends DrydockWebTest {

	private static final PhotoCorpus CORPUS = PhotoCorpus.load();

	private static final Set<Integer> REFUSALS = Set.of(413, 415, 422);

	/** Small originals keep the run short: decoding is not what is tested. */
	private static final int LARGEST_ORIGINAL = 120_000;

	@Test
	void everyVariantIsStoredOrRefusedCleanlyNeverAServerError() throws Exception {
		List<String> problems = new ArrayList<>();
		int stored = 0;
		int refused = 0;
		for (Mutant mutant : PhotoMutations.of(originals(), 200, 20261129)) {
			List<String> filesBefore = uploadedFiles();
			int itemsBefore = items();
			MvcResult result;
			try {
				result = mvc.perform(multipart("/crew/submit")
					.file(new MockMultipartFile("photos", mutant.fileName(), mutant.contentType(), mutant.bytes()))
					.param("item_number", "")
					.param("location", "Fuzz deck")
					.param("description", "Fuzzed photo")
					.param("detail", mutant.toString())
					.param("photo_captions", "Fuzzed")
					.with(SignedIn.crew("DP"))
					.with(csrf())).andReturn();
			}
			catch (Exception ex) {
				problems.add(mutant + ": threw " + ex);
				continue;
			}
			int status = result.getResponse().getStatus();
			String location = result.getResponse().getRedirectedUrl();
			if (status == 302 && location != null && location.startsWith("/crew/success?item_number=")) {
				stored++;
				String number = location.substring(location.indexOf('=') + 1);
				int itemId = jdbc.sql("SELECT id FROM work_items WHERE item_number = ?").param(number).query(Integer.class)
					.single();
				if (photoFiles(itemId).size() != 2 || !photoFiles(itemId).stream().allMatch(this::fileExists)) {
					problems.add(mutant + ": stored without its display image and thumbnail: " + photoFiles(itemId));
				}
			}
			else if (REFUSALS.contains(status)) {
				refused++;
				if (!uploadedFiles().equals(filesBefore) || items() != itemsBefore) {
					problems.add(mutant + ": refused with " + status + " but left an item or a file behind");
				}
			}
			else {
				problems.add(mutant + ": answered " + status);
			}
		}

		assertThat(problems).isEmpty();
		assertThat(stored).as("variants still readable as photos, stored").isPositive();
		assertThat(refused).as("variants refused").isPositive();
	}

	/** The small corpus files, and a small PNG (the corpus's PNGs are all large). */
	private static SortedMap<String, byte[]> originals() throws IOException {
		SortedMap<String, byte[]> originals = new TreeMap<>();
		CORPUS.rows().stream()
			.filter(row -> CORPUS.bytes(row).length <= LARGEST_ORIGINAL)
			.forEach(row -> originals.put(row.file(), CORPUS.bytes(row)));
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(ImageIO.read(new ByteArrayInputStream(originals.get("jpeg-small-320x240.jpg"))), "png", png);
		originals.put("png-small-320x240.png", png.toByteArray());
		return originals;
	}

	private int items() {
		return jdbc.sql("SELECT COUNT(*) FROM work_items").query(Integer.class).single();
	}

}
