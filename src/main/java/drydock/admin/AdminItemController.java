package drydock.admin;

import java.util.List;
import java.util.function.UnaryOperator;

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
import drydock.workitem.ItemChanges;
import drydock.workitem.ReviewService;
import drydock.workitem.Roster;
import drydock.workitem.WorkItemDetails;
import drydock.workitem.WorkItemForm;
import drydock.workitem.WorkItemNotFoundException;
import drydock.workitem.WorkItemQueries;
import drydock.workitem.WorkItemService;
import drydock.workitem.WorkflowStatuses;

/** An admin's page of one item and every action on it; each action is a POST that returns here. */
@Controller
@RequestMapping("/admin")
class AdminItemController {

	private final WorkItemQueries queries;

	private final WorkItemService workItems;

	private final ReviewService review;

	private final CommentService comments;

	private final WorkflowStatuses statuses;

	private final Roster roster;

	private final PhotoUploads photoUploads;

	private final PhotoProperties photoProperties;

	private final AuditLog audit;

	AdminItemController(WorkItemQueries queries, WorkItemService workItems, ReviewService review,
			CommentService comments, WorkflowStatuses statuses, Roster roster, PhotoUploads photoUploads,
			PhotoProperties photoProperties, AuditLog audit) {
		this.queries = queries;
		this.workItems = workItems;
		this.review = review;
		this.comments = comments;
		this.statuses = statuses;
		this.roster = roster;
		this.photoUploads = photoUploads;
		this.photoProperties = photoProperties;
		this.audit = audit;
	}

	@GetMapping("/view/{id}")
	String view(@PathVariable int id, Model model) {
		WorkItemDetails details = details(id);
		return page(model, details, EditForm.of(details), ReviewForm.of(details.item()), FormErrors.NONE, null);
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
			WorkItemDetails details = details(id);
			return page(model, details, posted, ReviewForm.of(details.item()), FormErrors.of(binding), "edit");
		}
		return act(id, redirect, "Item saved.", response, model, posted, UnaryOperator.identity(), "edit",
				() -> workItems.editAsAdmin(id, new ItemChanges(form, posted.captions(),
						photoUploads.read(request, "new_photos[]", "new_photo_captions[]"), version, formToken),
						user.name()));
	}

	@PostMapping("/assign/{id}")
	String assign(@AuthenticationPrincipal SignedInUser user, @PathVariable int id,
			@RequestParam(required = false) String status, @RequestParam(name = "assigned_to", required = false) String assignee,
			@RequestParam(name = "revision_notes", required = false) String notes,
			@RequestParam(required = false, defaultValue = "-1") long version, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return act(id, redirect, "Assignment saved.", response, model, null,
				stored -> stored.assigning(status, assignee, notes), "assign",
				() -> review.assign(id, version, status, assignee, notes, user.name()));
	}

	@PostMapping("/update-status/{id}")
	String updateStatus(@AuthenticationPrincipal SignedInUser user, @PathVariable int id,
			@RequestParam(required = false) String status, @RequestParam(required = false, defaultValue = "-1") long version,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return act(id, redirect, "Status saved.", response, model, null, stored -> stored.settingStatus(status), "status",
				() -> review.changeStatus(id, version, status, user.name()));
	}

	@PostMapping("/save-admin-notes/{id}")
	String saveAdminNotes(@PathVariable int id, @RequestParam(name = "admin_notes", required = false) String notes,
			@RequestParam(required = false, defaultValue = "-1") long version, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return act(id, redirect, "Admin notes saved.", response, model, null, stored -> stored.writingNotes(notes), "notes",
				() -> review.saveAdminNotes(id, version, notes));
	}

	@PostMapping("/comment/{id}")
	String comment(@AuthenticationPrincipal SignedInUser user, @PathVariable int id,
			@RequestParam(name = "comment_text", required = false) String text, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return act(id, redirect, "Comment added.", response, model, null, UnaryOperator.identity(), "comments",
				() -> comments.addAsAdmin(id, user.name(), text));
	}

	@PostMapping("/delete-photo/{itemId}/{photoId}")
	String deletePhoto(@AuthenticationPrincipal SignedInUser user, @PathVariable int itemId, @PathVariable int photoId,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return act(itemId, redirect, "Photo deleted.", response, model, null, UnaryOperator.identity(), "photos",
				() -> {
					workItems.deletePhoto(itemId, photoId, user.name(), false);
					audit.record(user.name(), AuditLog.PHOTO_DELETED, "Photo " + photoId + " of item id " + itemId);
				});
	}

	@PostMapping("/delete/{id}")
	String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable int id,
			@RequestParam(required = false) String confirm, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		if (!"yes".equals(confirm)) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			WorkItemDetails details = details(id);
			return page(model, details, EditForm.of(details), ReviewForm.of(details.item()),
					FormErrors.form("Tick the box to confirm the deletion; nothing was deleted."), "delete");
		}
		String itemNumber = workItems.delete(id);
		audit.record(user.name(), AuditLog.ITEM_DELETED, "Item " + itemNumber + " (id " + id + ")");
		redirect.addFlashAttribute("notice", "Work item " + itemNumber + " deleted.");
		return "redirect:/admin/dashboard";
	}

	/**
	 * Carries out an action and returns to the item page; a refusal shows the page again
	 * with the reason beside the form it came from ({@code section}) and the input kept:
	 * the posted edit form, or what {@code typed} puts into the review forms.
	 */
	private String act(int id, RedirectAttributes redirect, String notice, HttpServletResponse response, Model model,
			EditForm posted, UnaryOperator<ReviewForm> typed, String section, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/admin/view/" + id;
		}
		catch (RuntimeException ex) {
			if (!Refusal.isRefusal(ex) || ex instanceof WorkItemNotFoundException) {
				throw ex;
			}
			Refusal refusal = Refusal.of(ex);
			response.setStatus(refusal.status().value());
			WorkItemDetails current = details(id);
			EditForm form = posted == null ? EditForm.of(current) : posted.atVersion(current.item().getVersion());
			return page(model, current, form, typed.apply(ReviewForm.of(current.item())), refusal.errors(), section);
		}
	}

	private String page(Model model, WorkItemDetails details, EditForm edit, ReviewForm review, FormErrors errors,
			String section) {
		model.addAttribute("details", details);
		model.addAttribute("edit", edit);
		model.addAttribute("review", review);
		model.addAttribute("errors", errors);
		model.addAttribute("section", section);
		model.addAttribute("statuses", statuses.withOthers(List.of(details.item().getStatus())));
		model.addAttribute("crewMembers", roster.crewMembers());
		model.addAttribute("maxPhotos", photoProperties.maxCount());
		return "admin/view";
	}

	private WorkItemDetails details(int id) {
		return queries.details(id).orElseThrow(() -> new WorkItemNotFoundException(id));
	}

}
