package drydock.workitem;

/** No work item has the id asked for (it may have been deleted meanwhile). */
public class WorkItemNotFoundException extends RuntimeException {

	public WorkItemNotFoundException(int id) {
		super("Work item " + id + " does not exist");
	}

}
