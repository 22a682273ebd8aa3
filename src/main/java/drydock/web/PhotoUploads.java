package drydock.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import drydock.photo.PhotoIntake;
import drydock.photo.PhotoProperties;
import drydock.photo.PhotoUpload;
import drydock.photo.ProcessedPhoto;
import drydock.workitem.PhotoAttachment;
import drydock.workitem.SubmissionRefusedException;

/**
 * Reads the photo parts of a posted form: new files paired with their captions by position,
 * and new captions for photos already stored. Values are read straight from the request:
 * Spring's list binding would split a single caption at its commas.
 */
@Component
public class PhotoUploads {

	static final int CAPTION_LIMIT = 500;

	private final PhotoIntake intake;

	private final PhotoProperties properties;

	PhotoUploads(PhotoIntake intake, PhotoProperties properties) {
		this.intake = intake;
		this.properties = properties;
	}

	/**
	 * The new photos of a form, processed: {@code fileField} repeated, each with the value of
	 * {@code captionField} at the same position. Empty slots are skipped.
	 */
	public List<PhotoAttachment> read(HttpServletRequest request, String fileField, String captionField) {
		// The multipart request may sit inside wrappers (filters, MockMvc): look through them.
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		List<MultipartFile> files = multipart != null ? multipart.getFiles(fileField) : List.of();
		List<String> captions = values(request, captionField);
		List<PhotoUpload> uploads = new ArrayList<>();
		List<String> uploadCaptions = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			MultipartFile file = files.get(i);
			// A form's empty photo slots arrive as parts without a file name.
			if (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()) {
				continue;
			}
			uploads.add(new PhotoUpload(file.getOriginalFilename(), bytes(file)));
			uploadCaptions.add(checkedCaption(i < captions.size() ? captions.get(i) : ""));
		}
		if (uploads.size() > properties.maxCount()) {
			throw new SubmissionRefusedException("At most %d photos can be sent with an item; %d were chosen."
				.formatted(properties.maxCount(), uploads.size()));
		}
		List<ProcessedPhoto> processed = intake.processAll(uploads);
		List<PhotoAttachment> attachments = new ArrayList<>(processed.size());
		for (int i = 0; i < processed.size(); i++) {
			attachments.add(new PhotoAttachment(processed.get(i), uploadCaptions.get(i)));
		}
		return attachments;
	}

	/** New captions for stored photos: {@code photo_ids[]} paired with {@code photo_captions[]}. */
	public Map<Integer, String> captionsOfStoredPhotos(HttpServletRequest request) {
		List<String> ids = values(request, "photo_ids[]");
		List<String> captions = values(request, "photo_captions[]");
		Map<Integer, String> byId = new LinkedHashMap<>();
		for (int i = 0; i < Math.min(ids.size(), captions.size()); i++) {
			try {
				byId.put(Integer.valueOf(ids.get(i).strip()), checkedCaption(captions.get(i)));
			}
			catch (NumberFormatException ex) {
				throw new SubmissionRefusedException("The form's photo list is damaged; reload the page and try again.");
			}
		}
		return byId;
	}

	/** Every value of a repeated field, in order, as sent. */
	public static List<String> values(HttpServletRequest request, String field) {
		String[] values = request.getParameterValues(field);
		return values == null ? List.of() : List.of(values);
	}

	private static String checkedCaption(String caption) {
		String text = caption == null ? "" : caption.strip();
		if (text.length() > CAPTION_LIMIT) {
			throw new SubmissionRefusedException("A photo caption is at most %d characters.".formatted(CAPTION_LIMIT));
		}
		return text;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
