package drydock.photo;

/**
 * Who may open a stored photo file. The photo pipeline knows files, not whose they are, so the
 * feature that owns the photos answers.
 */
public interface PhotoReaders {

	/**
	 * Whether a signed-in user may open the file (a display image or a thumbnail).
	 * @param filename the stored file's name
	 * @param username the user's name: a crew member's or an admin's
	 * @param admin whether the user is an admin
	 */
	boolean mayRead(String filename, String username, boolean admin);

}
