package drydock.workitem;

/** The text of a work item as a person enters it, already checked by {@link WorkItemForm}. */
public record WorkItemFields(String location, String description, String detail, String references) {
}
