package drydock.observe;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where time goes, for admins (the security rules keep everyone else out of /admin). */
@Controller
class PerformanceController {

	private final PerformanceReport report;

	PerformanceController(PerformanceReport report) {
		this.report = report;
	}

	@GetMapping("/admin/performance")
	String performance(Model model) {
		model.addAttribute("report", report.snapshot());
		return "observe/performance";
	}

}
