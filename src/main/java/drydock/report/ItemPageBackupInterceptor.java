package drydock.report;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives the admin item page ({@code /admin/view/{id}}) the outcome of the item's last backup
 * document as {@value #MODEL_ATTRIBUTE}, so the page shows a failed backup without the
 * review feature knowing about backups.
 */
class ItemPageBackupInterceptor implements HandlerInterceptor {

	static final String PATH = "/admin/view/{id}";

	static final String MODEL_ATTRIBUTE = "documentBackup";

	private final BackupOutcomes outcomes;

	ItemPageBackupInterceptor(BackupOutcomes outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || !modelAndView.hasView()) {
			return;
		}
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String id = variables == null ? null : variables.get("id");
		if (id != null && id.matches("\\d{1,9}")) {
			outcomes.find(Integer.parseInt(id)).ifPresent(outcome -> modelAndView.addObject(MODEL_ATTRIBUTE, outcome));
		}
	}

}
