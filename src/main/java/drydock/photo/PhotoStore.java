package drydock.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The folder of photo files. Names are derived from the content, so a file never changes
 * once written and can be cached for ever; callers never pass a user's text as a name.
 */
@Component
public class PhotoStore {

	private static final Logger log = LoggerFactory.getLogger(PhotoStore.class);

	/** Names this store writes, and the Flask app's uuid4-hex names with their extension. */
	private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,150}\\.(jpg|jpeg|png)");

	private final Path folder;

	public PhotoStore(PhotoProperties properties) {
		this.folder = properties.uploadFolder().toAbsolutePath().normalize();
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the upload folder " + folder, ex);
		}
	}

	/**
	 * Writes the bytes under a name derived from them.
	 * @return the name, and whether this call created the file (only then may a rollback remove it)
	 */
	public StoredFile put(byte[] jpeg, String suffix) {
		String name = sha256Hex(jpeg).substring(0, 32) + suffix + ".jpg";
		Path target = folder.resolve(name);
		if (Files.exists(target)) {
			return new StoredFile(name, false);
		}
		try {
			Path temp = Files.createTempFile(folder, ".upload-", ".tmp");
			try {
				Files.write(temp, jpeg);
				return new StoredFile(name, publish(temp, target));
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write photo " + name, ex);
		}
	}

	/** The file for a name, if the name is one this store could have written and the file exists. */
	public Optional<Path> find(String name) {
		if (name == null || !SAFE_NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		Path path = folder.resolve(name).normalize();
		if (!path.getParent().equals(folder) || !Files.isRegularFile(path)) {
			return Optional.empty();
		}
		return Optional.of(path);
	}

	/** Stored photos are JPEG; Flask-era folders may also hold PNG files. */
	public static MediaType mediaType(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(".png") ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG;
	}

	public void delete(String name) {
		find(name).ifPresent(path -> {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				log.warn("Could not delete photo file {}: {}", name, ex.toString());
			}
		});
	}

	/**
	 * Gives the complete file its name in one step. A hard link fails when the name exists, so
	 * of two uploads of the same picture racing, only the one that created it may remove it.
	 */
	private static boolean publish(Path temp, Path target) throws IOException {
		try {
			Files.createLink(target, temp);
			return true;
		}
		catch (FileAlreadyExistsException ex) {
			return false;
		}
		catch (UnsupportedOperationException ex) {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
	}

	private static String sha256Hex(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A file in the store; {@code created} is false when identical content was already there. */
	public record StoredFile(String name, boolean created) {
	}

}
