package drydock.photo;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

/** Processes the photos of one submission; the first refusal refuses them all. */
@Service
public class PhotoIntake {

	private final PhotoProcessor processor;

	PhotoIntake(PhotoProcessor processor) {
		this.processor = processor;
	}

	public List<ProcessedPhoto> processAll(List<PhotoUpload> uploads) {
		List<ProcessedPhoto> processed = new ArrayList<>(uploads.size());
		for (PhotoUpload upload : uploads) {
			if (upload.bytes().length == 0) {
				throw PhotoRejectedException.unreadable(upload.fileName(), "the file is empty");
			}
			processed.add(processor.process(upload.fileName(), upload.bytes()));
		}
		return processed;
	}

	public String processorDescription() {
		return processor.description();
	}

}
