package drydock.crew;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import drydock.photo.PhotoProperties;
import drydock.audit.AuditLog;
import drydock.security.SignedInUser;
import drydock.web.EditForm;
import drydock.web.FormErrors;
import drydock.web.PhotoUploads;
import drydock.web.Refusal;
import drydock.workitem.CommentService;
import drydock.workitem.CrewAccess;
import drydock.workitem.FormTokens;
import drydock.workitem.ItemChanges;
import drydock.workitem.ItemNumbers;
import drydock.workitem.Submission;
import drydock.workitem.WorkItemAccessDeniedException;
import drydock.workitem.WorkItemDetails;
import drydock.workitem.WorkItemForm;
import drydock.workitem.WorkItemNotFoundException;
import drydock.workitem.WorkItemQueries;
import drydock.workitem.WorkItemService;

@Controller
@RequestMapping("/crew")
class CrewController {

	/** How many of a member's own items the crew home lists. */
	private static final int OWN_ITEMS_SHOWN = 50;

	private final WorkItemService workItems;

	private final CommentService comments;

	private final WorkItemQueries queries;

	private final ItemNumbers itemNumbers;

	private final PhotoUploads photoUploads;

	private final PhotoProperties photoProperties;

	private final AuditLog audit;

	CrewController(WorkItemService workItems, CommentService comments, WorkItemQueries queries, ItemNumbers itemNumbers,
			PhotoUploads photoUploads, PhotoProperties photoProperties, AuditLog audit) {
		this.workItems = workItems;
		this.comments = comments;
		this.queries = queries;
		this.itemNumbers = itemNumbers;
		this.photoUploads = photoUploads;
		this.photoProperties = photoProperties;
		this.audit = audit;
	}

	@GetMapping("/submit")
	String submitForm(@AuthenticationPrincipal SignedInUser user, Model model) {
		return submitPage(user, model, WorkItemForm.empty(), List.of(), FormTokens.issue(), FormErrors.NONE);
	}

	@PostMapping("/submit")
	String submit(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") WorkItemForm form,
			BindingResult binding, @RequestParam(name = "form_token", required = false) String formToken,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		List<String> captions = PhotoUploads.values(request, "photo_captions");
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return submitPage(user, model, form, captions, formToken, FormErrors.of(binding));
		}
		try {
			Submission submission = workItems.submit(user.name(), form,
					photoUploads.read(request, "photos", "photo_captions"), formToken);
			redirect.addAttribute("item_number", submission.itemNumber());
			return "redirect:/crew/success";
		}
		catch (RuntimeException ex) {
			Refusal refusal = refusal(ex);
			response.setStatus(refusal.status().value());
			return submitPage(user, model, form, captions, formToken, refusal.errors());
		}
	}

	@GetMapping("/success")
	String success(@RequestParam(name = "item_number", required = false) String itemNumber, Model model) {
		model.addAttribute("itemNumber", itemNumber == null ? "" : itemNumber);
		return "crew/success";
	}

	@GetMapping("/view/{id}")
	String view(@AuthenticationPrincipal SignedInUser user, @PathVariable int id, Model model) {
		WorkItemDetails details = viewable(user, id);
		model.addAttribute("details", details);
		model.addAttribute("canEdit", CrewAccess.canEdit(details.item(), user.name()));
		model.addAttribute("errors", FormErrors.NONE);
		return "crew/view";
	}

	@GetMapping("/edit/{id}")
	String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable int id, Model model) {
		WorkItemDetails details = editable(user, id);
		return editPage(model, details, EditForm.of(details), FormErrors.NONE);
	}

	@PostMapping("/edit/{id}")
	String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable int id,
			@Valid @ModelAttribute("form") WorkItemForm form, BindingResult binding,
			@RequestParam(required = false, defaultValue = "-1") long version,
			@RequestParam(name = "form_token", required = false) String formToken, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		EditForm posted = new EditForm(form, photoUploads.captionsOfStoredPhotos(request), version, formToken);
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return editPage(model, editable(user, id), posted, FormErrors.of(binding));
		}
		try {
			Submission saved = workItems.editAsCrew(id, new ItemChanges(form, posted.captions(),
					photoUploads.read(request, "new_photos[]", "new_photo_captions[]"), version, formToken), user.name());
			redirect.addAttribute("item_number", saved.itemNumber());
			return "redirect:/crew/success";
		}
		catch (RuntimeException ex) {
			Refusal refusal = refusal(ex);
			if (refusal.status() == HttpStatus.FORBIDDEN || refusal.status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			response.setStatus(refusal.status().value());
			// Shown again on the item as it is now, so saving again is a choice made knowing the other change.
			WorkItemDetails current = editable(user, id);
			return editPage(model, current, posted.atVersion(current.item().getVersion()), refusal.errors());
		}
	}

	@PostMapping("/delete-photo/{itemId}/{photoId}")
	String deletePhoto(@AuthenticationPrincipal SignedInUser user, @PathVariable int itemId, @PathVariable int photoId) {
		workItems.deletePhoto(itemId, photoId, user.name(), true);
		audit.record(user.name(), AuditLog.PHOTO_DELETED, "Photo " + photoId + " of item id " + itemId);
		return "redirect:/crew/edit/" + itemId;
	}

	@PostMapping("/comment/{id}")
	String comment(@AuthenticationPrincipal SignedInUser user, @PathVariable int id,
			@RequestParam(name = "comment_text", required = false) String text, HttpServletResponse response,
			Model model) {
		try {
			comments.addAsCrew(id, user.name(), text);
			return "redirect:/crew/view/" + id;
		}
		catch (RuntimeException ex) {
			Refusal refusal = refusal(ex);
			response.setStatus(refusal.status().value());
			WorkItemDetails details = viewable(user, id);
			model.addAttribute("details", details);
			model.addAttribute("canEdit", CrewAccess.canEdit(details.item(), user.name()));
			model.addAttribute("errors", refusal.errors());
			return "crew/view";
		}
	}

	private WorkItemDetails viewable(SignedInUser user, int id) {
		WorkItemDetails details = queries.details(id).orElseThrow(() -> new WorkItemNotFoundException(id));
		if (!CrewAccess.canView(details.item(), user.name())) {
			throw new WorkItemAccessDeniedException(
					"Only the crew member who submitted an item, or the one it is assigned to, can open it.");
		}
		return details;
	}

	private WorkItemDetails editable(SignedInUser user, int id) {
		WorkItemDetails details = queries.details(id).orElseThrow(() -> new WorkItemNotFoundException(id));
		if (!CrewAccess.canEdit(details.item(), user.name())) {
			throw new WorkItemAccessDeniedException(CrewAccess.whyNotEditable(details.item(), user.name()));
		}
		return details;
	}

	private String submitPage(SignedInUser user, Model model, WorkItemForm form, List<String> captions, String formToken,
			FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("captions", captions);
		model.addAttribute("formToken", FormTokens.isUsable(formToken) ? formToken : FormTokens.issue());
		model.addAttribute("errors", errors);
		model.addAttribute("nextDraft", itemNumbers.nextDraft());
		model.addAttribute("catalog", itemNumbers.catalog());
		model.addAttribute("maxPhotos", photoProperties.maxCount());
		model.addAttribute("assigned", queries.assignedForRevision(user.name()));
		model.addAttribute("mine", queries.submittedBy(user.name(), OWN_ITEMS_SHOWN));
		return "crew/submit";
	}

	private String editPage(Model model, WorkItemDetails details, EditForm form, FormErrors errors) {
		model.addAttribute("details", details);
		model.addAttribute("edit", form);
		model.addAttribute("errors", errors);
		model.addAttribute("maxPhotos", photoProperties.maxCount());
		return "crew/edit";
	}

	private static Refusal refusal(RuntimeException ex) {
		if (!Refusal.isRefusal(ex)) {
			throw ex;
		}
		return Refusal.of(ex);
	}

}
