package drydock.audit;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for admins, newest first, a page at a time ({@code /admin/**} is admins only). */
@Controller
@RequestMapping("/admin")
class AuditController {

	static final int PER_PAGE = 50;

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) String page, Model model) {
		long total = log.count();
		int pages = (int) Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
		int current = Math.min(pages, parsePage(page));
		List<AuditEntry> entries = log.newestFirst(current, PER_PAGE);
		model.addAttribute("entries", entries);
		model.addAttribute("pageNumber", current);
		model.addAttribute("pages", pages);
		return "audit/log";
	}

	private static int parsePage(String page) {
		if (page == null || !page.matches("\\d{1,6}")) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(page));
	}

}
