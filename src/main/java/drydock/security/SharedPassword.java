package drydock.security;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A password shared by a group (the crew), stored as a BCrypt hash. */
@Entity
@Table(name = "shared_passwords")
class SharedPassword {

	static final String CREW = "crew";

	@Id
	@Column(length = 50)
	private String name;

	@Column(name = "password_hash", nullable = false, length = 100)
	private String passwordHash;

	@Column(name = "updated_at", nullable = false)
	private LocalDateTime updatedAt;

	protected SharedPassword() {
	}

	SharedPassword(String name, String passwordHash, LocalDateTime updatedAt) {
		this.name = name;
		this.passwordHash = passwordHash;
		this.updatedAt = updatedAt;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	void changePasswordHash(String passwordHash, LocalDateTime at) {
		this.passwordHash = passwordHash;
		this.updatedAt = at;
	}

}
