package drydock.photo;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves photo files to signed-in users who may see them (the security rules keep strangers
 * out; {@link PhotoReaders} keeps crew members to their own items' photos). A name
 * never changes content, so browsers may keep a file for a year without asking again.
 */
@Controller
class PhotoFileController {

	static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();

	private final PhotoStore store;

	private final PhotoReaders readers;

	PhotoFileController(PhotoStore store, PhotoReaders readers) {
		this.store = store;
		this.readers = readers;
	}

	@GetMapping("/uploads/{filename}")
	ResponseEntity<Resource> photo(@PathVariable String filename,
			@AuthenticationPrincipal(expression = "name()") String username,
			@AuthenticationPrincipal(expression = "isAdmin()") boolean admin, WebRequest request) {
		Path file = store.find(filename)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such photo"));
		if (!readers.mayRead(filename, username, admin)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "That photo belongs to an item you cannot open.");
		}
		String etag = "\"" + filename + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.cacheControl(IMMUTABLE)
			.eTag(etag)
			.contentType(PhotoStore.mediaType(filename))
			.body(new FileSystemResource(file));
	}

}
