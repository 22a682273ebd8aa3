package drydock.workitem;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param catalog the yard's item list offered on the crew form, "NUMBER - Title" each
 * @param statuses the statuses an admin can set, in the order they are offered
 */
@ConfigurationProperties("drydock.workflow")
public record WorkflowProperties(List<String> catalog, List<String> statuses) {

	public WorkflowProperties {
		catalog = catalog == null ? List.of() : List.copyOf(catalog);
		statuses = statuses == null ? List.of() : List.copyOf(statuses);
	}

}
