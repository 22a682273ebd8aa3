package drydock.workitem;

import java.util.List;

/** Who takes part in the workflow; provided by the security feature, which owns the accounts. */
public interface Roster {

	List<String> crewMembers();

	List<String> adminNames();

}
