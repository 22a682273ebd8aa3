package drydock.security;

import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks sign-in attempts against the crew list, the crew password and the admin accounts. */
@Service
@Transactional(readOnly = true)
public class SignInService {

	/** Compared against when the user is unknown, so a wrong name costs as long as a wrong password. */
	private final String unknownUserHash;

	private final AccessProperties access;

	private final AdminAccountRepository admins;

	private final SharedPasswordRepository sharedPasswords;

	private final PasswordEncoder encoder;

	SignInService(AccessProperties access, AdminAccountRepository admins, SharedPasswordRepository sharedPasswords,
			PasswordEncoder encoder) {
		this.access = access;
		this.admins = admins;
		this.sharedPasswords = sharedPasswords;
		this.encoder = encoder;
		this.unknownUserHash = encoder.encode("no such user");
	}

	public List<String> crewMembers() {
		return access.crewMembers();
	}

	public Optional<SignedInUser> crew(String crewName, String password) {
		String hash = sharedPasswords.findById(SharedPassword.CREW).map(SharedPassword::getPasswordHash).orElse(unknownUserHash);
		boolean matches = password != null && encoder.matches(password, hash);
		if (!matches || crewName == null || !access.crewMembers().contains(crewName)) {
			return Optional.empty();
		}
		return Optional.of(new SignedInUser(crewName, Role.CREW));
	}

	public Optional<SignedInUser> admin(String username, String password) {
		Optional<AdminAccount> account = username == null ? Optional.empty() : admins.findByUsername(username.strip());
		String hash = account.map(AdminAccount::getPasswordHash).orElse(unknownUserHash);
		boolean matches = password != null && encoder.matches(password, hash);
		return matches ? account.map(found -> new SignedInUser(found.getUsername(), Role.ADMIN)) : Optional.empty();
	}

}
