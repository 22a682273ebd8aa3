package drydock.security;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import drydock.security.SignInAttempt.Outcome;

/** The Flask app's two sign-in pages: crew pick their name, admins type a username. */
@Controller
class SignInController {

	private final SignInService signIn;

	private final SecurityContextRepository contexts;

	private final FailedSignIns failures;

	private final ApplicationEventPublisher events;

	SignInController(SignInService signIn, SecurityContextRepository contexts, FailedSignIns failures,
			ApplicationEventPublisher events) {
		this.signIn = signIn;
		this.contexts = contexts;
		this.failures = failures;
		this.events = events;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user) {
		if (user == null) {
			return "redirect:" + SecurityConfiguration.CREW_LOGIN;
		}
		return user.isAdmin() ? "redirect:/admin/dashboard" : "redirect:/crew/submit";
	}

	@GetMapping(SecurityConfiguration.CREW_LOGIN)
	String crewForm(Model model) {
		return crewPage(model, "", null);
	}

	@PostMapping(SecurityConfiguration.CREW_LOGIN)
	String crewSignIn(@RequestParam(name = "crew_name", required = false) String crewName,
			@RequestParam(required = false) String password, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		String address = request.getRemoteAddr();
		String account = account("crew", crewName);
		Optional<Duration> wait = failures.waitBefore(address, account);
		if (wait.isPresent()) {
			announce(crewName, false, Outcome.REFUSED_TOO_MANY_FAILURES);
			return crewPage(model, crewName, tooMany(wait.get(), response));
		}
		Optional<SignedInUser> user = signIn.crew(crewName, password);
		if (user.isEmpty()) {
			failures.failed(address, account);
			announce(crewName, false, Outcome.FAILED);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return crewPage(model, crewName, "That name and password do not match.");
		}
		failures.succeeded(address);
		establish(user.get(), request, response);
		announce(user.get().name(), false, Outcome.SUCCEEDED);
		return "redirect:/crew/submit";
	}

	@GetMapping(SecurityConfiguration.ADMIN_LOGIN)
	String adminForm(Model model) {
		return adminPage(model, "", null);
	}

	@PostMapping(SecurityConfiguration.ADMIN_LOGIN)
	String adminSignIn(@RequestParam(required = false) String username, @RequestParam(required = false) String password,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		String address = request.getRemoteAddr();
		String account = account("admin", username);
		Optional<Duration> wait = failures.waitBefore(address, account);
		if (wait.isPresent()) {
			announce(username, true, Outcome.REFUSED_TOO_MANY_FAILURES);
			return adminPage(model, username, tooMany(wait.get(), response));
		}
		Optional<SignedInUser> user = signIn.admin(username, password);
		if (user.isEmpty()) {
			failures.failed(address, account);
			announce(username, true, Outcome.FAILED);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return adminPage(model, username, "That username and password do not match.");
		}
		failures.succeeded(address);
		establish(user.get(), request, response);
		announce(user.get().name(), true, Outcome.SUCCEEDED);
		return "redirect:/admin/dashboard";
	}

	private void announce(String username, boolean admin, Outcome outcome) {
		events.publishEvent(new SignInAttempt(username == null ? "" : username.strip(), admin, outcome));
	}

	/** Whose failures a sign-in counts towards: crew names and admin usernames are counted apart. */
	private static String account(String kind, String name) {
		return kind + ":" + (name == null ? "" : name.strip());
	}

	/** Answers 429 with Retry-After in whole seconds; returns the message saying when to try again. */
	private static String tooMany(Duration wait, HttpServletResponse response) {
		long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		long minutes = (seconds + 59) / 60;
		return "Too many failed sign-ins. Please try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
	}

	private String crewPage(Model model, String crewName, String error) {
		model.addAttribute("crewMembers", signIn.crewMembers());
		model.addAttribute("crewName", crewName == null ? "" : crewName);
		model.addAttribute("error", error);
		return "security/crewLogin";
	}

	private String adminPage(Model model, String username, String error) {
		model.addAttribute("username", username == null ? "" : username);
		model.addAttribute("error", error);
		return "security/adminLogin";
	}

	/** Signs the user in on a new session id, so a session fixed before sign-in is worthless. */
	private void establish(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				AuthorityUtils.createAuthorityList(user.role().authority()));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		contexts.saveContext(context, request, response);
	}

}
