package drydock.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure the first admin account and the crew password exist. A configured password
 * is (re)applied at every start; where none is configured, a random one is generated once,
 * stored hashed and printed once in the log. Nothing is built in.
 */
@Component
class CredentialsBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CredentialsBootstrap.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccessProperties access;

	private final AdminAccountRepository admins;

	private final SharedPasswordRepository sharedPasswords;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final AdminDirectory directory;

	CredentialsBootstrap(AccessProperties access, AdminAccountRepository admins,
			SharedPasswordRepository sharedPasswords, PasswordEncoder encoder, Clock clock, AdminDirectory directory) {
		this.access = access;
		this.admins = admins;
		this.sharedPasswords = sharedPasswords;
		this.encoder = encoder;
		this.clock = clock;
		this.directory = directory;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		ensureAdmin();
		ensureCrewPassword();
		directory.refresh();
	}

	private void ensureAdmin() {
		String username = access.adminUsername() == null || access.adminUsername().isBlank() ? "admin"
				: access.adminUsername().strip();
		String configured = access.adminPassword();
		var existing = admins.findByUsername(username);
		if (existing.isPresent()) {
			if (isSet(configured) && !encoder.matches(configured, existing.get().getPasswordHash())) {
				existing.get().changePasswordHash(encoder.encode(configured));
				log.info("Admin account '{}': password updated from ADMIN_PASSWORD", username);
			}
			return;
		}
		if (isSet(configured)) {
			admins.save(new AdminAccount(username, encoder.encode(configured), now()));
			log.info("Admin account '{}' created with the password from ADMIN_PASSWORD", username);
		}
		else if (admins.count() == 0) {
			String generated = generate();
			admins.save(new AdminAccount(username, encoder.encode(generated), now()));
			log.warn("Admin account '{}' created. Generated password (shown only this once): {}", username, generated);
		}
	}

	private void ensureCrewPassword() {
		String configured = access.crewPassword();
		var existing = sharedPasswords.findById(SharedPassword.CREW);
		if (existing.isPresent()) {
			if (isSet(configured) && !encoder.matches(configured, existing.get().getPasswordHash())) {
				existing.get().changePasswordHash(encoder.encode(configured), now());
				log.info("Crew password updated from CREW_PASSWORD");
			}
			return;
		}
		if (isSet(configured)) {
			sharedPasswords.save(new SharedPassword(SharedPassword.CREW, encoder.encode(configured), now()));
			return;
		}
		String generated = generate();
		sharedPasswords.save(new SharedPassword(SharedPassword.CREW, encoder.encode(generated), now()));
		log.warn("Crew password generated (shown only this once): {}", generated);
	}

	private static boolean isSet(String password) {
		return password != null && !password.isBlank();
	}

	/** 96 random bits, URL-safe: easy to type from a log on a phone. */
	private static String generate() {
		byte[] bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private LocalDateTime now() {
		return LocalDateTime.now(clock);
	}

}
