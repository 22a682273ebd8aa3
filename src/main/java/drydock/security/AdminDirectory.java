package drydock.security;

import java.util.List;

import org.springframework.stereotype.Component;

import drydock.workitem.Roster;

/**
 * The people of the workflow for the work-item feature: the configured crew list and the
 * admin accounts. Admin names are read once and refreshed when accounts change, since every
 * page offering statuses needs them.
 */
@Component
class AdminDirectory implements Roster {

	private final AccessProperties access;

	private final AdminAccountRepository admins;

	private volatile List<String> adminNames;

	AdminDirectory(AccessProperties access, AdminAccountRepository admins) {
		this.access = access;
		this.admins = admins;
	}

	@Override
	public List<String> crewMembers() {
		return access.crewMembers();
	}

	@Override
	public List<String> adminNames() {
		List<String> names = adminNames;
		if (names == null) {
			names = admins.findAllByOrderByUsername().stream().map(AdminAccount::getUsername).toList();
			adminNames = names;
		}
		return names;
	}

	void refresh() {
		adminNames = null;
	}

}
