package drydock.workitem;

import java.util.Arrays;

/** The dashboard's sort orders; each maps to a fixed ORDER BY, never to user text. */
public enum WorkItemSort {

	DATE_DESC("date_desc", "Newest first", "w.submitted_at DESC NULLS LAST, w.id DESC"),
	DATE_ASC("date_asc", "Oldest first", "w.submitted_at ASC NULLS LAST, w.id ASC"),
	ITEM_NUMBER("item_number", "Item number", "w.item_number ASC"),
	SUBMITTER("submitter", "Submitter", "w.submitter_name ASC, w.submitted_at DESC NULLS LAST, w.id DESC");

	private final String param;

	private final String label;

	private final String orderBy;

	WorkItemSort(String param, String label, String orderBy) {
		this.param = param;
		this.label = label;
		this.orderBy = orderBy;
	}

	/** The sort named by a request parameter; anything unknown is the default, newest first. */
	public static WorkItemSort fromParam(String param) {
		return Arrays.stream(values()).filter(sort -> sort.param.equals(param)).findFirst().orElse(DATE_DESC);
	}

	public String param() {
		return param;
	}

	public String label() {
		return label;
	}

	String orderBy() {
		return orderBy;
	}

}
