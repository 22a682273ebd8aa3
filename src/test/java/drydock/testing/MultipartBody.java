package drydock.testing;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body as a browser sends a form with file inputs, for tests against a running server. */
public final class MultipartBody {

	private final String boundary = "----drydock" + UUID.randomUUID();

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	public MultipartBody field(String name, String value) {
		part("form-data; name=\"" + name + "\"", null, value.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	public MultipartBody jpeg(String name, byte[] bytes) {
		return file(name, "photo.jpg", "image/jpeg", bytes);
	}

	/** A file part under any name and content type (bench/fuzz sends wrong ones on purpose). */
	public MultipartBody file(String name, String fileName, String contentType, byte[] bytes) {
		part("form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"", contentType, bytes);
		return this;
	}

	/** A POST of this body to the address, with its Content-Type. */
	public HttpRequest.Builder post(URI address) {
		ByteArrayOutputStream complete = new ByteArrayOutputStream();
		complete.writeBytes(body.toByteArray());
		complete.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(address)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(complete.toByteArray()));
	}

	private void part(String disposition, String contentType, byte[] content) {
		String head = "--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n"
				+ (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
	}

}
