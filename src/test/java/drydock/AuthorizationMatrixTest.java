package drydock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import drydock.testing.DrydockWebTest;
import drydock.testing.SignedIn;
import drydock.testing.TestPhotos;

/**
 * Every route the application maps (read from its {@link RequestMappingHandlerMapping}, so a new
 * route without an expectation here fails the test) against a stranger, the crew member whose
 * item it is, another crew member and an admin; every state-changing route refused without its
 * CSRF token; and no GET route changing anything.
 */
class AuthorizationMatrixTest extends DrydockWebTest {

	/** The crew member who submitted the item each request is about. */
	private static final String OWNER = "Mark";

	/** A crew member with no part in that item. */
	private static final String OTHER = "Zach";

	/** Requests come from an address of their own, so other tests' sign-in counts do not meet these. */
	private static final String ADDRESS = "198.51.100.7";

	enum Outcome {

		/** Sent to the crew sign-in page. */
		CREW_SIGN_IN,
		/** Sent to the admin sign-in page. */
		ADMIN_SIGN_IN,
		/** Refused with 401: the JSON API's answer to a request without a sign-in. */
		UNAUTHORIZED,
		/** Refused with 403. */
		FORBIDDEN,
		/** Answered by the route's handler: 2xx, a redirect other than to a sign-in page, or the form's own 4xx. */
		HANDLED

	}

	/** What each of the four gets from a route. */
	record Expect(Outcome stranger, Outcome owner, Outcome other, Outcome admin) {

		static Expect everyone() {
			return new Expect(Outcome.HANDLED, Outcome.HANDLED, Outcome.HANDLED, Outcome.HANDLED);
		}

		static Expect ownCrewItem() {
			return new Expect(Outcome.CREW_SIGN_IN, Outcome.HANDLED, Outcome.FORBIDDEN, Outcome.FORBIDDEN);
		}

		static Expect anyCrewMember() {
			return new Expect(Outcome.CREW_SIGN_IN, Outcome.HANDLED, Outcome.HANDLED, Outcome.FORBIDDEN);
		}

		static Expect adminsOnly() {
			return new Expect(Outcome.ADMIN_SIGN_IN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.HANDLED);
		}

		static Expect adminsOnlyApi() {
			return new Expect(Outcome.UNAUTHORIZED, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.HANDLED);
		}

	}

	/** Every mapped route, as "METHOD pattern", with what each gets. */
	private static final Map<String, Expect> MATRIX = matrix();

	private static Map<String, Expect> matrix() {
		Map<String, Expect> matrix = new LinkedHashMap<>();
		matrix.put("GET /", new Expect(Outcome.CREW_SIGN_IN, Outcome.HANDLED, Outcome.HANDLED, Outcome.HANDLED));
		matrix.put("GET /crew-login", Expect.everyone());
		matrix.put("POST /crew-login", Expect.everyone());
		matrix.put("GET /admin-login", Expect.everyone());
		matrix.put("POST /admin-login", Expect.everyone());
		// Boot's error page answers anyone, whatever the method.
		matrix.put("ANY /error", Expect.everyone());

		matrix.put("GET /crew/submit", Expect.anyCrewMember());
		matrix.put("POST /crew/submit", Expect.anyCrewMember());
		matrix.put("GET /crew/success", Expect.anyCrewMember());
		matrix.put("GET /crew/view/{id}", Expect.ownCrewItem());
		matrix.put("GET /crew/edit/{id}", Expect.ownCrewItem());
		matrix.put("POST /crew/edit/{id}", Expect.ownCrewItem());
		matrix.put("POST /crew/delete-photo/{itemId}/{photoId}", Expect.ownCrewItem());
		matrix.put("POST /crew/comment/{id}", Expect.ownCrewItem());
		matrix.put("GET /uploads/{filename}",
				new Expect(Outcome.CREW_SIGN_IN, Outcome.HANDLED, Outcome.FORBIDDEN, Outcome.HANDLED));

		matrix.put("GET /admin/dashboard", Expect.adminsOnly());
		matrix.put("GET /admin/download-photo/{itemId}/{photoId}", Expect.adminsOnly());
		matrix.put("GET /admin/view/{id}", Expect.adminsOnly());
		matrix.put("POST /admin/edit/{id}", Expect.adminsOnly());
		matrix.put("POST /admin/assign/{id}", Expect.adminsOnly());
		matrix.put("POST /admin/update-status/{id}", Expect.adminsOnly());
		matrix.put("POST /admin/save-admin-notes/{id}", Expect.adminsOnly());
		matrix.put("POST /admin/comment/{id}", Expect.adminsOnly());
		matrix.put("POST /admin/delete-photo/{itemId}/{photoId}", Expect.adminsOnly());
		matrix.put("POST /admin/delete/{id}", Expect.adminsOnly());
		matrix.put("GET /admin/download/{id}", Expect.adminsOnly());
		matrix.put("POST /admin/download-batch", Expect.adminsOnly());
		matrix.put("GET /admin/download-spreadsheet", Expect.adminsOnly());
		matrix.put("GET /admin/audit", Expect.adminsOnly());
		matrix.put("GET /admin/performance", Expect.adminsOnly());
		matrix.put("GET /admin/consistency", Expect.adminsOnly());

		matrix.put("GET /api/v1/work-items", Expect.adminsOnlyApi());
		matrix.put("GET /api/v1/work-items/{id}", Expect.adminsOnlyApi());
		return matrix;
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void everyMappedRouteHasAnExpectationAndEveryExpectationARoute() {
		assertThat(mappedRoutes()).as("routes the application maps")
			.containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
	}

	@Test
	void eachRouteAnswersStrangersCrewMembersAndAdminsAsExpected() throws Exception {
		Map<String, String> mismatches = new TreeMap<>();
		Fixture shared = fixture();
		for (String route : mappedRoutes()) {
			Expect expect = MATRIX.get(route);
			if (expect == null) {
				continue; // reported by everyMappedRouteHasAnExpectationAndEveryExpectationARoute
			}
			check(mismatches, route, shared, "stranger", null, expect.stranger());
			check(mismatches, route, shared, "owner", SignedIn.crew(OWNER), expect.owner());
			check(mismatches, route, shared, "other crew member", SignedIn.crew(OTHER), expect.other());
			check(mismatches, route, shared, "admin", SignedIn.admin(ADMIN), expect.admin());
		}
		assertThat(mismatches).as("route and who -> what happened instead").isEmpty();
	}

	@Test
	void everyStateChangingRouteIsRefusedWithoutItsCsrfToken() throws Exception {
		Map<String, String> accepted = new TreeMap<>();
		for (String route : mappedRoutes()) {
			String method = route.substring(0, route.indexOf(' '));
			if (method.equals("GET") || method.equals("ANY")) {
				continue;
			}
			Expect expect = MATRIX.getOrDefault(route, Expect.everyone());
			RequestPostProcessor who = expect.admin() == Outcome.HANDLED && expect.owner() != Outcome.HANDLED
					? SignedIn.admin(ADMIN) : SignedIn.crew(OWNER);
			Fixture fixture = fixture();
			String before = state(fixture.itemId()) + databaseSnapshot();
			MockHttpServletResponse response = mvc
				.perform(builder(route, fixture).param("status", "Completed Review").param("confirm", "yes").with(who))
				.andReturn()
				.getResponse();
			if (response.getStatus() != 403) {
				accepted.put(route, "answered " + response.getStatus());
			}
			else if (!before.equals(state(fixture.itemId()) + databaseSnapshot())) {
				accepted.put(route, "refused, but something changed");
			}
		}
		assertThat(accepted).as("non-GET routes that took a request without its CSRF token").isEmpty();
	}

	@Test
	void noGetRouteChangesAnything() throws Exception {
		Fixture fixture = fixture();
		String before = databaseSnapshot() + uploadedFiles();
		for (String route : mappedRoutes()) {
			if (!route.startsWith("GET ")) {
				continue;
			}
			Expect expect = MATRIX.getOrDefault(route, Expect.everyone());
			for (RequestPostProcessor who : List.of(SignedIn.admin(ADMIN), SignedIn.crew(OWNER), SignedIn.crew(OTHER))) {
				mvc.perform(builder(route, fixture).with(who)).andReturn();
			}
			assertThat(databaseSnapshot() + uploadedFiles()).as("after " + route + " (" + expect + ")").isEqualTo(before);
		}
	}

	/** "METHOD pattern" of every handler method; "ANY" when a mapping takes every method. */
	private Set<String> mappedRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add("ANY " + pattern);
				}
				for (RequestMethod method : methods) {
					routes.add(method.name() + " " + pattern);
				}
			}
		}
		return routes;
	}

	/** GET routes share one item; any other gets a fresh one, which it may delete. */
	private void check(Map<String, String> mismatches, String route, Fixture shared, String whoName,
			RequestPostProcessor who, Outcome expected) throws Exception {
		MockHttpServletRequestBuilder request = builder(route, route.startsWith("GET ") ? shared : fixture()).with(csrf());
		if (who != null) {
			request.with(who);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		Outcome actual = outcome(response);
		if (actual != expected) {
			mismatches.put(route + " as " + whoName,
					actual + " (" + response.getStatus() + " " + response.getRedirectedUrl() + "), expected " + expected);
		}
	}

	private static Outcome outcome(MockHttpServletResponse response) {
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		if (status / 100 == 3 && location != null && location.endsWith("/crew-login")) {
			return Outcome.CREW_SIGN_IN;
		}
		if (status / 100 == 3 && location != null && location.endsWith("/admin-login")) {
			return Outcome.ADMIN_SIGN_IN;
		}
		if (status == 401) {
			return Outcome.UNAUTHORIZED;
		}
		if (status == 403) {
			return Outcome.FORBIDDEN;
		}
		// 404 and 405 would mean the request never found its handler; 5xx is never an answer.
		if (status == 404 || status == 405 || status >= 500) {
			return null;
		}
		return Outcome.HANDLED;
	}

	/** A request for the route about the fixture's item, photo and photo file. */
	private MockHttpServletRequestBuilder builder(String route, Fixture fixture) {
		String method = route.substring(0, route.indexOf(' '));
		String pattern = route.substring(route.indexOf(' ') + 1);
		Matcher variables = VARIABLE.matcher(pattern);
		StringBuilder url = new StringBuilder();
		while (variables.find()) {
			String value = switch (variables.group(1)) {
				case "id", "itemId" -> String.valueOf(fixture.itemId());
				case "photoId" -> String.valueOf(fixture.photoId());
				case "filename" -> fixture.filename();
				default -> throw new AssertionError("no value for {" + variables.group(1) + "} in " + route);
			};
			variables.appendReplacement(url, value);
		}
		variables.appendTail(url);
		HttpMethod httpMethod = method.equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(method);
		return request(httpMethod, url.toString()).with(request -> {
			request.setRemoteAddr(ADDRESS);
			// The error page as the container forwards to it, after a refused request.
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 400);
			return request;
		});
	}

	/** A fresh item of the owner's with one photo, so a deletion by one request leaves the next its own. */
	private Fixture fixture() {
		int itemId = submitItem(OWNER, TestPhotos.unique());
		Map<String, Object> photo = photos(itemId).getFirst();
		return new Fixture(itemId, (Integer) photo.get("id"), (String) photo.get("filename"));
	}

	record Fixture(int itemId, int photoId, String filename) {
	}

	/**
	 * Row counts of every table and the sum of the work items' versions. The audit log is left
	 * out: recording who read what is its purpose, not a change.
	 */
	private String databaseSnapshot() {
		List<String> snapshot = new ArrayList<>();
		List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables "
				+ "WHERE LOWER(table_schema) = 'public' AND table_type IN ('TABLE', 'BASE TABLE') ORDER BY table_name")
			.query(String.class)
			.list();
		assertThat(tables).contains("work_items", "photos");
		for (String table : tables) {
			if (table.equalsIgnoreCase("audit_log")) {
				continue;
			}
			snapshot.add(table + "=" + jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
		}
		snapshot.add("versions=" + jdbc.sql("SELECT COALESCE(SUM(version), 0) FROM work_items").query(Long.class).single());
		return snapshot.toString();
	}

}
