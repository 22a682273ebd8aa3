package drydock.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Uploads over a limit (PHOTO_MAX_FILE_SIZE per photo, UPLOAD_MAX_REQUEST_SIZE per form) are
 * answered 413 with the limit that was passed and its size. The container stops reading such a
 * form, so none of its fields (nor its CSRF token) arrive: the check reads the parts before the
 * CSRF filter would (which would answer a bare "forbidden" for the missing token) and sends the
 * request to the error page, which says why. It runs inside the security filters, after the one
 * writing the security headers, so the 413 carries them like every other response.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

	/** The request attribute holding the reason, for the error page ({@link ErrorPages}). */
	static final String REASON = UploadLimits.class.getName() + ".reason";

	/** Spring Security applies every such bean to the application's filter chain. */
	@Bean
	Customizer<HttpSecurity> uploadLimitsBeforeCsrf(MultipartProperties multipart) {
		return http -> http.addFilterBefore(new Filter(multipart), CsrfFilter.class);
	}

	/** The reason a form over a limit is refused, naming the limit and its size. */
	static String reason(Throwable failure, MultipartProperties multipart) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			if (name.equals("FileSizeLimitExceededException")) {
				return "Nothing was saved: a photo is larger than " + readable(multipart.getMaxFileSize())
						+ ", the most one photo may be. Please choose a smaller photo.";
			}
			if (name.equals("SizeLimitExceededException")) {
				return "Nothing was saved: the photos together are larger than "
						+ readable(multipart.getMaxRequestSize())
						+ ", the most one form may send. Please send fewer photos at a time.";
			}
		}
		return null;
	}

	static String readable(DataSize size) {
		if (size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		if (size.toBytes() % DataSize.ofKilobytes(1).toBytes() == 0) {
			return size.toKilobytes() + " KB";
		}
		return size.toBytes() + " bytes";
	}

	static final class Filter extends OncePerRequestFilter {

		private final MultipartProperties multipart;

		Filter(MultipartProperties multipart) {
			this.multipart = multipart;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String type = request.getContentType();
			return type == null || !type.toLowerCase().startsWith("multipart/");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				request.getParts();
			}
			catch (IllegalStateException | IOException | ServletException ex) {
				String reason = reason(ex, multipart);
				if (reason != null) {
					request.setAttribute(REASON, reason);
					response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), reason);
					return;
				}
			}
			chain.doFilter(request, response);
		}

	}

}
