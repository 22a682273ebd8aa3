package drydock.workitem;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.BindParam;

/**
 * A work item's text fields as posted, under the Flask app's field names. The item number
 * may be blank (the next free DRAFT number is taken) or a catalog entry ("0101 - Title").
 */
public record WorkItemForm(
		@BindParam("item_number") @Size(max = 120, message = "Item number is too long")
		// Only the number is checked: a catalog entry's title after " - " is any text ("Clean/Polish & Hull").
		@Pattern(regexp = "[\\p{Alnum}_./ -]*( - .*)?",
				message = "Item number may hold letters, digits, spaces and _ . / - only")
		String itemNumber,
		@NotBlank(message = "Location is required") @Size(max = 200, message = "Location is at most 200 characters")
		String location,
		@NotBlank(message = "Description is required")
		@Size(max = 2000, message = "Description is at most 2,000 characters") String description,
		@NotBlank(message = "Detail is required") @Size(max = 20000, message = "Detail is at most 20,000 characters")
		String detail,
		@Size(max = 20000, message = "References are at most 20,000 characters") String references) {

	public static WorkItemForm empty() {
		return new WorkItemForm("", "", "", "", "");
	}

	public WorkItemFields fields() {
		return new WorkItemFields(location.strip(), description.strip(), detail.strip(),
				references == null ? "" : references.strip());
	}

	public String itemNumberOrEmpty() {
		return itemNumber == null ? "" : itemNumber;
	}

	public String locationOrEmpty() {
		return location == null ? "" : location;
	}

	public String descriptionOrEmpty() {
		return description == null ? "" : description;
	}

	public String detailOrEmpty() {
		return detail == null ? "" : detail;
	}

	public String referencesOrEmpty() {
		return references == null ? "" : references;
	}

}
