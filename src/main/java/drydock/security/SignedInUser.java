package drydock.security;

import java.io.Serializable;

/** Who is signed in: a crew member by name, or an admin by username. Kept in the session. */
public record SignedInUser(String name, Role role) implements Serializable {

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

}
