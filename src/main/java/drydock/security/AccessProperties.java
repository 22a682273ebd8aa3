package drydock.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may sign in. Blank passwords mean "none configured": one is generated at first start,
 * stored hashed and printed once.
 *
 * @param crewMembers names offered on the crew sign-in (CREW_MEMBERS)
 * @param crewPassword the crew's shared password (CREW_PASSWORD)
 * @param adminUsername the first admin account (ADMIN_USERNAME)
 * @param adminPassword its password (ADMIN_PASSWORD)
 */
@ConfigurationProperties("drydock.access")
public record AccessProperties(List<String> crewMembers, String crewPassword, String adminUsername,
		String adminPassword) {

	public AccessProperties {
		crewMembers = crewMembers == null ? List.of()
				: crewMembers.stream().map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
	}

}
