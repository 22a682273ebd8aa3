package drydock.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows scripts and styles only from the app's own files
 * ({@code script-src 'self'; style-src 'self'}), so a browser would refuse any inline code a
 * template holds: every template is checked here for script elements without a source, event
 * handler attributes, {@code javascript:} URLs and inline styles.
 */
class TemplatesWithoutInlineCodeTest {

	private static final Path TEMPLATES = Path.of("src", "main", "jte");

	/** What a browser would refuse under the policy, each with the reason shown when found. */
	private static final List<Pattern> INLINE_CODE = List.of(
			Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE),
			Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
			Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE),
			Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE),
			Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE));

	@Test
	void noTemplateHoldsInlineScriptsHandlersOrStyles() throws IOException {
		List<Path> templates = templates();
		assertThat(templates).as("templates under " + TEMPLATES).hasSizeGreaterThan(10);

		List<String> found = new ArrayList<>();
		for (Path template : templates) {
			String text = Files.readString(template);
			for (Pattern pattern : INLINE_CODE) {
				Matcher match = pattern.matcher(text);
				while (match.find()) {
					found.add(TEMPLATES.relativize(template) + ": " + match.group());
				}
			}
		}
		assertThat(found).as("inline code the Content-Security-Policy would block").isEmpty();
	}

	@Test
	void theCheckFindsEachKindOfInlineCode() {
		List<String> inline = List.of("<script>alert(1)</script>", "<button onclick=\"go()\">",
				"<a href=\"javascript:go()\">", "<style>p{}</style>", "<p style=\"color:red\">");
		List<String> allowed = List.of("<script src=\"/js/app.js\" defer></script>", "<p class=\"once\">",
				"<a href=\"/online\">");

		assertThat(inline).allMatch(TemplatesWithoutInlineCodeTest::hasInlineCode);
		assertThat(allowed).noneMatch(TemplatesWithoutInlineCodeTest::hasInlineCode);
	}

	private static boolean hasInlineCode(String html) {
		return INLINE_CODE.stream().anyMatch(pattern -> pattern.matcher(html).find());
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".jte")).sorted().toList();
		}
	}

}
