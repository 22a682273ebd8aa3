package drydock.crew;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import drydock.photo.PhotoIntake;
import drydock.photo.PhotoProperties;
import drydock.photo.PhotoRejectedException;
import drydock.photo.PhotoUpload;
import drydock.photo.ProcessedPhoto;
import drydock.security.SignedInUser;
import drydock.web.FormErrors;
import drydock.workitem.ItemNumbers;
import drydock.workitem.PhotoAttachment;
import drydock.workitem.Submission;
import drydock.workitem.SubmissionRefusedException;
import drydock.workitem.WorkItemDetails;
import drydock.workitem.WorkItemForm;
import drydock.workitem.WorkItemQueries;
import drydock.workitem.WorkItemService;

@Controller
@RequestMapping("/crew")
class CrewController {

	/** How many of a member's own items the crew home lists. */
	private static final int OWN_ITEMS_SHOWN = 50;

	private static final int CAPTION_LIMIT = 500;

	private final WorkItemService workItems;

	private final WorkItemQueries queries;

	private final ItemNumbers itemNumbers;

	private final PhotoIntake photoIntake;

	private final PhotoProperties photoProperties;

	CrewController(WorkItemService workItems, WorkItemQueries queries, ItemNumbers itemNumbers, PhotoIntake photoIntake,
			PhotoProperties photoProperties) {
		this.workItems = workItems;
		this.queries = queries;
		this.itemNumbers = itemNumbers;
		this.photoIntake = photoIntake;
		this.photoProperties = photoProperties;
	}

	@GetMapping("/submit")
	String submitForm(@AuthenticationPrincipal SignedInUser user, Model model) {
		return formPage(user, model, WorkItemForm.empty(), List.of(), FormErrors.NONE);
	}

	@PostMapping("/submit")
	String submit(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") WorkItemForm form,
			BindingResult binding, @RequestParam(name = "photos", required = false) List<MultipartFile> files,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		List<String> captions = captions(request);
		if (binding.hasErrors()) {
			return refused(user, model, response, form, captions, FormErrors.of(binding), HttpStatus.UNPROCESSABLE_CONTENT);
		}
		List<PhotoUpload> uploads = new ArrayList<>();
		List<String> uploadCaptions = new ArrayList<>();
		List<MultipartFile> sent = files == null ? List.of() : files;
		for (int i = 0; i < sent.size(); i++) {
			MultipartFile file = sent.get(i);
			// A form's empty photo slots arrive as parts without a file name.
			if (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()) {
				continue;
			}
			uploads.add(new PhotoUpload(file.getOriginalFilename(), bytes(file)));
			uploadCaptions.add(i < captions.size() ? captions.get(i).strip() : "");
		}
		String problem = checkPhotos(uploads.size(), uploadCaptions);
		if (problem != null) {
			return refused(user, model, response, form, captions, FormErrors.form(problem), HttpStatus.UNPROCESSABLE_CONTENT);
		}
		try {
			List<ProcessedPhoto> processed = photoIntake.processAll(uploads);
			List<PhotoAttachment> attachments = new ArrayList<>();
			for (int i = 0; i < processed.size(); i++) {
				attachments.add(new PhotoAttachment(processed.get(i), uploadCaptions.get(i)));
			}
			Submission submission = workItems.submit(user.name(), form, attachments);
			redirect.addAttribute("item_number", submission.itemNumber());
			return "redirect:/crew/success";
		}
		catch (PhotoRejectedException ex) {
			return refused(user, model, response, form, captions,
					FormErrors.form("Photo refused: " + ex.getMessage() + ". Nothing was saved; please choose your photos again."),
					HttpStatus.valueOf(ex.httpStatus()));
		}
		catch (SubmissionRefusedException ex) {
			return refused(user, model, response, form, captions, FormErrors.form(ex.getMessage()),
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
	}

	@GetMapping("/success")
	String success(@RequestParam(name = "item_number", required = false) String itemNumber, Model model) {
		model.addAttribute("itemNumber", itemNumber == null ? "" : itemNumber);
		return "crew/success";
	}

	@GetMapping("/view/{id}")
	String view(@AuthenticationPrincipal SignedInUser user, @PathVariable int id, Model model) {
		WorkItemDetails details = queries.details(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such work item"));
		var item = details.item();
		if (!user.name().equals(item.getSubmitterName()) && !user.name().equals(item.getAssignedTo())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Only the crew member who submitted an item, or the one it is assigned to, can open it.");
		}
		model.addAttribute("details", details);
		return "crew/view";
	}

	private String checkPhotos(int count, List<String> captions) {
		if (count > photoProperties.maxCount()) {
			return "At most %d photos can be sent with an item; %d were chosen.".formatted(photoProperties.maxCount(), count);
		}
		if (captions.stream().anyMatch(caption -> caption.length() > CAPTION_LIMIT)) {
			return "A photo caption is at most %d characters.".formatted(CAPTION_LIMIT);
		}
		return null;
	}

	private String refused(SignedInUser user, Model model, HttpServletResponse response, WorkItemForm form,
			List<String> captions, FormErrors errors, HttpStatus status) {
		response.setStatus(status.value());
		return formPage(user, model, form, captions, errors);
	}

	private String formPage(SignedInUser user, Model model, WorkItemForm form, List<String> captions, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("captions", captions);
		model.addAttribute("errors", errors);
		model.addAttribute("nextDraft", itemNumbers.nextDraft());
		model.addAttribute("catalog", itemNumbers.catalog());
		model.addAttribute("maxPhotos", photoProperties.maxCount());
		model.addAttribute("assigned", queries.assignedForRevision(user.name()));
		model.addAttribute("mine", queries.submittedBy(user.name(), OWN_ITEMS_SHOWN));
		return "crew/submit";
	}

	/** Read straight from the request: Spring would split a single caption at its commas. */
	private static List<String> captions(HttpServletRequest request) {
		String[] values = request.getParameterValues("photo_captions");
		return values == null ? List.of() : List.of(values);
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
