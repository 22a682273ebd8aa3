package drydock.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
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

	private static final String TEMP_PREFIX = ".upload-";

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
	 * Writes the bytes under the name derived from them, unless that file is already there.
	 * @return the name
	 */
	public String put(byte[] jpeg, String suffix) {
		String name = nameFor(jpeg, suffix);
		Path target = folder.resolve(name);
		if (Files.exists(target)) {
			return name;
		}
		try {
			Path temp = Files.createTempFile(folder, TEMP_PREFIX, ".tmp");
			try {
				Files.write(temp, jpeg);
				publish(temp, target);
				return name;
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new PhotoNotStoredException(name, ex);
		}
	}

	/** The name {@link #put} stores these bytes under, known before anything is written. */
	public static String nameFor(byte[] jpeg, String suffix) {
		return sha256Hex(jpeg).substring(0, 32) + suffix + ".jpg";
	}

	/**
	 * Calls {@code action} with the name of every file in the folder that this store could
	 * have written or adopted from the Flask app, one at a time, without listing the folder
	 * in memory.
	 * @return how many other entries (folders, temporary and foreign files) were passed over
	 */
	public long forEachPhotoFile(Consumer<String> action) {
		long passedOver = 0;
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if (SAFE_NAME.matcher(name).matches() && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
					action.accept(name);
				}
				else {
					passedOver++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the upload folder " + folder, ex);
		}
		return passedOver;
	}

	/** When the named photo file was last written, or empty when there is no such file. */
	public Optional<Instant> modifiedAt(String name) {
		return find(name).flatMap(path -> {
			try {
				return Optional.of(Files.getLastModifiedTime(path).toInstant());
			}
			catch (IOException ex) {
				// Removed since it was found.
				return Optional.empty();
			}
		});
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
	 * Gives the complete file its name in one step, so that no reader ever sees half a photo.
	 * A hard link fails when the name exists: then the same picture was stored meanwhile.
	 */
	private static void publish(Path temp, Path target) throws IOException {
		try {
			Files.createLink(target, temp);
		}
		catch (FileAlreadyExistsException ex) {
			// Identical content, written by a submission of the same picture at the same time.
		}
		catch (UnsupportedOperationException ex) {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
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

}
