package drydock.security;

public enum Role {

	CREW, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
