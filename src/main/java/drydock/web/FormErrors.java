package drydock.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Messages for a refused form: one per field, plus one for the form as a whole. */
public record FormErrors(Map<String, String> fields, String form) {

	public static final FormErrors NONE = new FormErrors(Map.of(), null);

	public static FormErrors of(BindingResult result) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			fields.putIfAbsent(error.getField(), error.isBindingFailure() ? "This value is not valid" : error.getDefaultMessage());
		}
		return new FormErrors(fields, fields.isEmpty() ? null : "Please correct the fields marked below.");
	}

	public static FormErrors form(String message) {
		return new FormErrors(Map.of(), message);
	}

	public boolean any() {
		return form != null || !fields.isEmpty();
	}

	public String field(String name) {
		return fields.get(name);
	}

}
