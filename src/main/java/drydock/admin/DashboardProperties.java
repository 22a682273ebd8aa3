package drydock.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param itemsPerPage rows on a dashboard page unless asked otherwise (ITEMS_PER_PAGE)
 * @param maxItemsPerPage the most rows a page may be asked for (MAX_ITEMS_PER_PAGE)
 */
@ConfigurationProperties("drydock.dashboard")
public record DashboardProperties(int itemsPerPage, int maxItemsPerPage) {

	public DashboardProperties {
		maxItemsPerPage = Math.max(1, maxItemsPerPage);
		itemsPerPage = Math.clamp(itemsPerPage, 1, maxItemsPerPage);
	}

}
