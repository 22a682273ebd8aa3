package drydock.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import drydock.testing.DrydockWebTest;
import drydock.testing.SignedIn;

class StaticAssetsTest extends DrydockWebTest {

	@Test
	void pagesLinkStylesAndScriptsByContentHashAndTheyMayBeKeptForAYear() throws Exception {
		Document page = open("/crew/submit", SignedIn.crew("AL"));
		String stylesheet = page.selectFirst("link[rel=stylesheet]").attr("href");
		String script = page.selectFirst("script[src]").attr("src");

		assertThat(stylesheet).matches("/css/app-[0-9a-f]{32}\\.css");
		assertThat(script).matches("/js/crew-form-[0-9a-f]{32}\\.js");
		for (String asset : new String[] { stylesheet, script }) {
			mvc.perform(get(asset))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
		}
	}

	@Test
	void signInPageForStrangersGetsTheHashedStylesheetToo() throws Exception {
		Document page = answer(get("/crew-login"), HttpStatus.OK);
		assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).matches("/css/app-[0-9a-f]{32}\\.css");
	}

}
