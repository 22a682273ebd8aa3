package drydock.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

import drydock.testing.DrydockWebTest;
import drydock.testing.SignInForms;

/**
 * Failed sign-ins are limited per client address and per username (10 in 15 minutes by default).
 * Each test signs in from addresses of its own, so the shared application's counts do not meet.
 */
class SignInLimitWebTest extends DrydockWebTest {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Test
	void anAddressWithTenFailuresWaitsFifteenMinutesEvenWithTheRightPassword() throws Exception {
		String address = newAddress();
		for (int i = 0; i < 10; i++) {
			adminSignIn(address, "nobody-" + i, "wrong").andExpect(status().isUnprocessableContent());
		}

		ResultActions refused = adminSignIn(address, ADMIN, ADMIN_PASSWORD).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"));
		assertThat(alert(refused)).isEqualTo("Too many failed sign-ins. Please try again in 15 minutes.");

		clock.set(clock.instant().plus(Duration.ofMinutes(14)));
		adminSignIn(address, ADMIN, ADMIN_PASSWORD).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"));
		crewSignIn(address, "DP", CREW_PASSWORD).andExpect(status().isTooManyRequests());

		clock.set(clock.instant().plus(Duration.ofMinutes(1)));
		adminSignIn(address, ADMIN, ADMIN_PASSWORD).andExpect(redirectedUrl("/admin/dashboard"));
	}

	@Test
	void otherAddressesAreNotHeldUpByOnesFailures() throws Exception {
		String address = newAddress();
		for (int i = 0; i < 10; i++) {
			crewSignIn(address, "DP" + i, "wrong").andExpect(status().isUnprocessableContent());
		}

		crewSignIn(newAddress(), "DP", CREW_PASSWORD).andExpect(redirectedUrl("/crew/submit"));
		crewSignIn(address, "DP", CREW_PASSWORD).andExpect(status().isTooManyRequests());
	}

	@Test
	void aUsernameWithTenFailuresFromAnywhereWaits() throws Exception {
		for (int i = 0; i < 10; i++) {
			crewSignIn(newAddress(), "Rhyan", "wrong").andExpect(status().isUnprocessableContent());
		}

		crewSignIn(newAddress(), "Rhyan", CREW_PASSWORD).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"));
		crewSignIn(newAddress(), "Maverick", CREW_PASSWORD).andExpect(redirectedUrl("/crew/submit"));

		clock.set(clock.instant().plus(Duration.ofMinutes(15)));
		crewSignIn(newAddress(), "Rhyan", CREW_PASSWORD).andExpect(redirectedUrl("/crew/submit"));
	}

	@Test
	void aSuccessElsewhereDoesNotResetAnAddresssFailures() throws Exception {
		String address = newAddress();
		String username = "ghost-" + UUID.randomUUID();
		for (int i = 0; i < 9; i++) {
			adminSignIn(address, username + i, "wrong").andExpect(status().isUnprocessableContent());
		}
		adminSignIn(newAddress(), ADMIN, ADMIN_PASSWORD).andExpect(redirectedUrl("/admin/dashboard"));

		adminSignIn(address, username, "wrong").andExpect(status().isUnprocessableContent());
		adminSignIn(address, ADMIN, ADMIN_PASSWORD).andExpect(status().isTooManyRequests());
	}

	@Test
	void aSuccessForgetsItsOwnAddresssEarlierFailures() throws Exception {
		String address = newAddress();
		for (int i = 0; i < 9; i++) {
			adminSignIn(address, "someone-" + i, "wrong").andExpect(status().isUnprocessableContent());
		}
		adminSignIn(address, ADMIN, ADMIN_PASSWORD).andExpect(redirectedUrl("/admin/dashboard"));

		adminSignIn(address, "someone-else", "wrong").andExpect(status().isUnprocessableContent());
		adminSignIn(address, ADMIN, ADMIN_PASSWORD).andExpect(redirectedUrl("/admin/dashboard"));
	}

	private static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "203.0." + (n / 250) + "." + (n % 250 + 1);
	}

	private ResultActions adminSignIn(String address, String username, String password) throws Exception {
		return SignInForms.postAdminFormFrom(mvc, address, username, password);
	}

	private ResultActions crewSignIn(String address, String name, String password) throws Exception {
		return SignInForms.postCrewFormFrom(mvc, address, name, password);
	}

	private static String alert(ResultActions result) throws Exception {
		Element alert = Jsoup.parse(result.andReturn().getResponse().getContentAsString()).selectFirst("[role=alert]");
		return alert == null ? null : alert.text();
	}

}
