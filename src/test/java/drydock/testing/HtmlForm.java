package drydock.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A form of a rendered page, filled in as a browser would send it: its hidden fields
 * (version, form token) as the page had them, the person's changes on top. The CSRF token
 * is added by the request itself, since MockMvc keeps no session between requests.
 */
public final class HtmlForm {

	private final String action;

	private final boolean multipart;

	private final Map<String, List<String>> fields = new LinkedHashMap<>();

	private HtmlForm(Element form) {
		this.action = form.attr("action");
		this.multipart = "multipart/form-data".equalsIgnoreCase(form.attr("enctype"));
		for (Element field : form.select("input[name], textarea[name], select[name]")) {
			String name = field.attr("name");
			if (name.equals("_csrf")) {
				continue;
			}
			switch (field.tagName()) {
				case "textarea" -> add(name, field.wholeText());
				case "select" -> {
					Element selected = field.selectFirst("option[selected]");
					Element option = selected != null ? selected : field.selectFirst("option");
					if (option != null) {
						add(name, option.attr("value"));
					}
				}
				default -> {
					String type = field.attr("type");
					if (type.equals("file") || (type.equals("checkbox") && !field.hasAttr("checked"))) {
						continue;
					}
					add(name, field.attr("value"));
				}
			}
		}
	}

	/** The form posting to {@code action} on the page. */
	public static HtmlForm of(Document page, String action) {
		Element form = page.selectFirst("form[action=\"" + action + "\"]");
		if (form == null) {
			throw new AssertionError("the page has no form posting to " + action);
		}
		return new HtmlForm(form);
	}

	public HtmlForm set(String name, String... values) {
		fields.put(name, new ArrayList<>(List.of(values)));
		return this;
	}

	public String value(String name) {
		List<String> values = fields.get(name);
		return values == null || values.isEmpty() ? null : values.getFirst();
	}

	public List<String> values(String name) {
		return List.copyOf(fields.getOrDefault(name, List.of()));
	}

	/** The POST as the signed-in person's browser sends it, with the page's CSRF token. */
	public RequestBuilder post(RequestPostProcessor signedIn, MockMultipartFile... files) {
		return request(files).with(signedIn).with(csrf());
	}

	/** The POST as a page from another site would send it: everything but the CSRF token. */
	public RequestBuilder postWithoutCsrfToken(RequestPostProcessor signedIn) {
		return request().with(signedIn);
	}

	private AbstractMockHttpServletRequestBuilder<?> request(MockMultipartFile... files) {
		AbstractMockHttpServletRequestBuilder<?> request;
		if (multipart || files.length > 0) {
			MockMultipartHttpServletRequestBuilder upload = MockMvcRequestBuilders.multipart(action);
			for (MockMultipartFile file : files) {
				upload.file(file);
			}
			request = upload;
		}
		else {
			request = MockMvcRequestBuilders.post(action);
		}
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return request;
	}

	private void add(String name, String value) {
		fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
	}

}
