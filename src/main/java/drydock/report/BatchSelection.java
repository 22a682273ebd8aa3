package drydock.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The items a batch asks for, in the order asked and each once, and what was sent that is
 * not an id at all (kept, shortened, to be listed as skipped).
 */
record BatchSelection(List<Integer> ids, List<String> notIds) {

	private static final int SHOWN_CHARACTERS = 40;

	static BatchSelection parse(List<String> values) {
		Set<Integer> ids = new LinkedHashSet<>();
		Set<String> notIds = new LinkedHashSet<>();
		for (String value : values) {
			String text = value == null ? "" : value.strip();
			if (text.isEmpty()) {
				continue;
			}
			try {
				ids.add(Integer.parseInt(text));
			}
			catch (NumberFormatException ex) {
				String shown = XmlText.clean(text).replaceAll("\\s", " ");
				notIds.add(shown.length() > SHOWN_CHARACTERS ? shown.substring(0, SHOWN_CHARACTERS) + "…" : shown);
			}
		}
		return new BatchSelection(List.copyOf(ids), List.copyOf(notIds));
	}

	static BatchSelection of(List<Integer> ids) {
		return new BatchSelection(List.copyOf(ids), List.of());
	}

	boolean isEmpty() {
		return ids.isEmpty() && notIds.isEmpty();
	}

}
