package drydock.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import drydock.workitem.PhotoFileCheck;

/** The photo file check for admins ({@code /admin/**} is admins only); reading it changes nothing. */
@Controller
class PhotoFileCheckController {

	/** Rows of each list shown; the counts cover everything found. */
	static final int LISTED = 100;

	private final PhotoFileCheck check;

	PhotoFileCheckController(PhotoFileCheck check) {
		this.check = check;
	}

	@GetMapping("/admin/consistency")
	String consistency(Model model) {
		model.addAttribute("report", check.run(LISTED));
		return "admin/consistency";
	}

}
