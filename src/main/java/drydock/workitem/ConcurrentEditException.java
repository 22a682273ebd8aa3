package drydock.workitem;

/** Someone else saved the item after this form was opened; saving now would overwrite them. */
public class ConcurrentEditException extends RuntimeException {

	public ConcurrentEditException(String itemNumber) {
		super("Item " + itemNumber + " was changed by someone else after you opened it. "
				+ "Your changes are below but were not saved: check the item and save again.");
	}

}
