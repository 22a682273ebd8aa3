package drydock.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import drydock.testing.DrydockWebTest;
import drydock.testing.WorkItemRows;
import drydock.testing.TestPostgres;
import drydock.testing.ThrowAwayPostgres;
import drydock.workitem.WorkItemFilter;
import drydock.workitem.WorkItemPage;
import drydock.workitem.WorkItemQueries;
import drydock.workitem.WorkItemSort;

/**
 * With 100,000 seeded items on PostgreSQL, the statements the dashboard really sends are read
 * from indexes: each is recorded with its parameters and explained after ANALYZE.
 */
@ContextConfiguration(initializers = ThrowAwayPostgres.class)
@Import(SeededDashboardPlansTest.StatementRecorder.class)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeededDashboardPlansTest extends DrydockWebTest {

	private static final int ITEMS = 100_000;

	@Autowired
	private Seeder seeder;

	@Autowired
	private WorkItemQueries queries;

	@Autowired
	private StatementRecorder recorder;

	@Autowired
	private DataSource dataSource;

	private Seeder.Result seeded;

	@BeforeAll
	void seedOnPostgres() {
		TestPostgres.assumeAvailable();
		jdbc.sql("DELETE FROM photos").update();
		jdbc.sql("DELETE FROM comments").update();
		jdbc.sql("DELETE FROM status_history").update();
		jdbc.sql("DELETE FROM work_items").update();
		seeded = seeder.seed(ITEMS, 1);
		jdbc.sql("ANALYZE").update();
	}

	@Test
	void theSeederLoadsTheItemsWithTheirPhotosCommentsAndHistory() {
		assertThat(jdbc.sql("SELECT COUNT(*) FROM work_items").query(Long.class).single()).isEqualTo(ITEMS);
		assertThat(jdbc.sql("SELECT COUNT(DISTINCT status) FROM work_items").query(Long.class).single()).isGreaterThan(3);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM photos").query(Long.class).single()).isEqualTo(seeded.photos())
			.isGreaterThan(2L * ITEMS);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM comments").query(Long.class).single()).isEqualTo(seeded.comments());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM status_history").query(Long.class).single()).isEqualTo(seeded.history())
			.isGreaterThanOrEqualTo(ITEMS);
	}

	@Test
	void theStatusCountsAreReadFromTheirTableAndMatchTheRows() {
		List<Recorded> statements = dashboard(null, null, WorkItemSort.DATE_DESC, 1);

		assertThat(explain(statements.get(0))).contains("status_counts").doesNotContain("work_items");
		assertThat(new TreeMap<>(queries.dashboard(new WorkItemFilter(null, null, WorkItemSort.DATE_DESC, 1, 25))
			.statusCounts())).isEqualTo(new WorkItemRows(jdbc).countedByStatus());
	}

	@Test
	void theDefaultSortReadsTheDateIndexInOrder() {
		assertThat(pageIdsPlan(dashboard(null, null, WorkItemSort.DATE_DESC, 1)))
			.contains("Index Only Scan using idx_work_items_date ")
			.doesNotContain("Sort");
	}

	@Test
	void aDeepPageSkipsItsOffsetInTheIndexAlone() {
		assertThat(pageIdsPlan(dashboard(null, null, WorkItemSort.DATE_DESC, 200)))
			.contains("Index Only Scan using idx_work_items_date ")
			.doesNotContain("Sort");
		assertThat(pageIdsPlan(dashboard("Submitted", null, WorkItemSort.DATE_DESC, 200)))
			.contains("Index Only Scan using idx_work_items_status_date ")
			.doesNotContain("Sort");
	}

	@Test
	void aStatusFilterReadsTheStatusAndDateIndexEitherWay() {
		assertThat(pageIdsPlan(dashboard("Needs Revision", null, WorkItemSort.DATE_DESC, 1)))
			.contains("idx_work_items_status_date ")
			.doesNotContain("Sort");
		assertThat(pageIdsPlan(dashboard("Needs Revision", null, WorkItemSort.DATE_ASC, 1)))
			.contains("idx_work_items_status_date_asc")
			.doesNotContain("Sort");
		assertThat(pageIdsPlan(dashboard(null, null, WorkItemSort.DATE_ASC, 1))).contains("idx_work_items_date_asc")
			.doesNotContain("Sort");
	}

	@Test
	void theItemNumberSortReadsTheItemNumberIndexInOrder() {
		assertThat(pageIdsPlan(dashboard(null, null, WorkItemSort.ITEM_NUMBER, 1))).contains("Index Scan")
			.contains("work_items_item_number_key")
			.doesNotContain("Sort");
	}

	@Test
	void theSubmitterSortReadsTheSubmitterIndexInOrder() {
		assertThat(pageIdsPlan(dashboard(null, null, WorkItemSort.SUBMITTER, 1))).contains("idx_work_items_submitter_date")
			.doesNotContain("Sort");
	}

	@Test
	void aSearchIsCountedFromTheWordKeyAloneAndPagedWithoutReadingTheTable() {
		List<Recorded> statements = dashboard(null, "pump sea", WorkItemSort.DATE_DESC, 1);

		assertThat(statements).hasSize(3);
		// Not through the full-text index, which reads a table page for every match to count it.
		assertThat(explain(statements.get(0))).contains("Index Only Scan using search_words_pkey")
			.contains("Bitmap Index Scan on idx_work_items_item_number_trgm")
			.doesNotContain("idx_work_items_search")
			.doesNotContain("Seq Scan");
		// One word from its counts per word (V12), a few rows rather than one per match.
		String oneWord = explain(dashboard(null, "pump", WorkItemSort.DATE_DESC, 1).get(0));
		assertThat(oneWord).contains("Index Only Scan using idx_search_word_counts").doesNotContain("search_words_pkey");
		assertCountedWithoutRemovingDuplicates(oneWord);
		// For the first 25 of many matches the planner may walk the date index instead; either way no full scan.
		assertThat(explain(statements.get(1))).containsAnyOf("Bitmap Index Scan on idx_work_items_search",
				"Index Scan using idx_work_items_date").doesNotContain("Seq Scan on work_items");
	}

	@Test
	void aSearchIsStillCountedFromTheWordKeysOncePostgresCachesOneGenericPlanForTheStatement() {
		String oneWord = explainGeneric(dashboard(null, "pump", WorkItemSort.DATE_DESC, 1).get(0));
		String twoWords = explainGeneric(dashboard(null, "pump sea", WorkItemSort.DATE_DESC, 1).get(0));

		assertThat(oneWord).contains("Index Only Scan using idx_search_word_counts").doesNotContain("Seq Scan");
		assertCountedWithoutRemovingDuplicates(oneWord);
		assertThat(twoWords).contains("Index Only Scan using search_words_pkey").doesNotContain("Seq Scan");
	}

	/**
	 * A word's matches are counted as the key yields them (V11): every aggregate groups by status alone,
	 * none by item to remove an item found twice.
	 */
	private static void assertCountedWithoutRemovingDuplicates(String plan) {
		assertThat(plan).doesNotContain("Unique").doesNotContain("SetOp");
		assertThat(plan.lines().filter(line -> line.contains("Group Key:"))).isNotEmpty()
			.allSatisfy(line -> assertThat(line).matches(" *Group Key: [^,]*status"));
	}

	/**
	 * The counts, kept apart from the items (V10, V11), agree with the full-text and trigram indexes the
	 * pages are read from: "se" starts several words of hundreds of items (seal, section, ...), "12"
	 * finds thousands of items by their item number alone.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "pump|pump:*|%pump%", "pump sea|pump:* & sea:*|%pump sea%", "manhole|manhole:*|%manhole%",
			"12|12:*|%12%", "_1234|1234:*|%\\_1234%", "zebra|zebra:*|%zebra%", "se|se:*|%se%", "se pump|se:* & pump:*|%se pump%" })
	void aSearchsCountsAreThoseOfTheItemsItsPagesFind(String search, String tsquery, String pattern) {
		Map<String, Long> found = new TreeMap<>();
		jdbc.sql("SELECT status, COUNT(*) FROM work_items WHERE search_vector @@ to_tsquery('simple', ?) "
				+ "OR item_number ILIKE ? ESCAPE '\\' GROUP BY status")
			.params(tsquery, pattern)
			.query((rs, row) -> found.put(rs.getString(1), rs.getLong(2)))
			.list();

		assertThat(new TreeMap<>(queries.dashboard(new WorkItemFilter(null, search, WorkItemSort.DATE_DESC, 1, 25))
			.statusCounts())).isEqualTo(found);
	}

	@Test
	void aPartOfAnItemNumberIsFoundThroughTheTrigramIndex() {
		List<Recorded> statements = dashboard(null, "_1234", WorkItemSort.DATE_DESC, 1);

		assertThat(explain(statements.get(1))).contains("Bitmap Index Scan on idx_work_items_item_number_trgm")
			.doesNotContain("Seq Scan on work_items");
	}

	@Test
	void thePagesPhotosAreReadThroughTheirIndex() {
		List<Recorded> statements = dashboard(null, null, WorkItemSort.DATE_DESC, 1);

		assertThat(statements).hasSize(3);
		assertThat(explain(statements.get(2))).contains("idx_photos_work_item").doesNotContain("Seq Scan on photos");
	}

	/**
	 * Once a connection has run the page statement a few times, PostgreSQL keeps one plan for it
	 * instead of planning it again on every request (planning cost more than running it).
	 */
	@ParameterizedTest
	@CsvSource(nullValues = "-", value = { "-, DATE_DESC, 1", "Needs Revision, DATE_DESC, 1", "-, DATE_DESC, 200",
			"-, ITEM_NUMBER, 1" })
	void thePageStatementIsPlannedOnceAndNotOnEveryRequest(String status, WorkItemSort sort, int page) throws SQLException {
		Recorded pageStatement = dashboard(status, null, sort, page).get(1);

		try (Connection connection = dataSource.getConnection()) {
			try (PreparedStatement statement = connection.prepareStatement(pageStatement.sql())) {
				for (Map.Entry<Integer, Object> parameter : pageStatement.parameters().entrySet()) {
					statement.setObject(parameter.getKey(), parameter.getValue());
				}
				for (int request = 0; request < 15; request++) {
					statement.executeQuery().close();
				}
			}
			// pgjdbc prepares the statement on the server from its fifth use; PostgreSQL then plans the
			// first five executions for their values and after them keeps its generic plan if that costs no more:
			// always without parameters; with a status, as the seeded rows' statistics cost the two plans.
			try (PreparedStatement plans = connection
				.prepareStatement("SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement = ?")) {
				plans.setString(1, numbered(pageStatement.sql()));
				try (ResultSet rs = plans.executeQuery()) {
					assertThat(rs.next()).as("the statement is prepared on the server").isTrue();
					assertThat(rs.getLong("generic_plans")).as("executions on the kept plan").isGreaterThanOrEqualTo(5);
					assertThat(rs.getLong("custom_plans")).as("executions planned for their values").isLessThanOrEqualTo(5);
				}
			}
		}
	}

	/** The statements one dashboard request sends, the page's items shown as users see them. */
	private List<Recorded> dashboard(String status, String search, WorkItemSort sort, int page) {
		List<Recorded> statements = recorder.record(() -> queries.dashboard(new WorkItemFilter(status, search, sort, page, 25)));
		return statements;
	}

	/**
	 * How the page statement (the second: counts, page, photos) finds the page's ids: the part of
	 * its plan under the LIMIT. Above it, only the page's own rows are read and sorted.
	 */
	private String pageIdsPlan(List<Recorded> statements) {
		assertThat(statements).hasSizeGreaterThanOrEqualTo(2);
		String plan = explain(statements.get(1));
		assertThat(plan).contains("Limit");
		return plan.substring(plan.indexOf("Limit"));
	}

	private String explain(Recorded statement) {
		try (Connection connection = dataSource.getConnection()) {
			return explain(connection, new Recorded("EXPLAIN " + statement.sql(), statement.parameters()));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String explain(Connection connection, Recorded explainStatement) throws SQLException {
		try (PreparedStatement explain = connection.prepareStatement(explainStatement.sql())) {
			for (Map.Entry<Integer, Object> parameter : explainStatement.parameters().entrySet()) {
				explain.setObject(parameter.getKey(), parameter.getValue());
			}
			StringBuilder plan = new StringBuilder();
			try (ResultSet rs = explain.executeQuery()) {
				while (rs.next()) {
					plan.append(rs.getString(1)).append('\n');
				}
			}
			return plan.toString();
		}
	}

	/**
	 * The plan PostgreSQL keeps for a statement it has run often on a server-prepared connection
	 * (pgjdbc prepares on the server from the fifth use): one for any parameters, so no range of an
	 * index may depend on a parameter's value being known while planning.
	 */
	private String explainGeneric(Recorded statement) {
		try (Connection connection = dataSource.getConnection(); Statement session = connection.createStatement()) {
			session.execute("SET plan_cache_mode = force_generic_plan");
			session.execute("PREPARE generic AS " + numbered(statement.sql()));
			try {
				// EXECUTE takes no bind parameters of its own: the values go in as literals.
				String values = statement.parameters()
					.values()
					.stream()
					.map(value -> "'" + value.toString().replace("'", "''") + "'")
					.collect(Collectors.joining(", "));
				return explain(connection, new Recorded("EXPLAIN EXECUTE generic(" + values + ")", Map.of()));
			}
			finally {
				session.execute("DEALLOCATE generic");
				session.execute("RESET plan_cache_mode");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The statement as PostgreSQL receives it from pgjdbc: each {@code ?} a numbered parameter. */
	private static String numbered(String sql) {
		StringBuilder numbered = new StringBuilder();
		int parameter = 0;
		for (char c : sql.toCharArray()) {
			numbered.append(c == '?' ? "$" + ++parameter : String.valueOf(c));
		}
		return numbered.toString();
	}

	record Recorded(String sql, Map<Integer, Object> parameters) {

	}

	/** Records the prepared statements the calling thread sends, with their parameters. */
	static class StatementRecorder implements BeanPostProcessor {

		private final ThreadLocal<List<Recorded>> current = new ThreadLocal<>();

		List<Recorded> record(Supplier<WorkItemPage> action) {
			List<Recorded> statements = new ArrayList<>();
			current.set(statements);
			try {
				assertThat(action.get().items()).as("the page shows items").isNotEmpty();
			}
			finally {
				current.remove();
			}
			return statements;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			return bean instanceof DataSource dataSource && !(bean instanceof Recording) ? new Recording(dataSource) : bean;
		}

		private Object intercept(Object target, Class<?> type, java.lang.reflect.Method method, Object[] args)
				throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

		private Connection recording(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> {
						Object result = intercept(connection, Connection.class, method, args);
						List<Recorded> statements = current.get();
						if (statements != null && method.getName().equals("prepareStatement")) {
							Recorded recorded = new Recorded((String) args[0], new TreeMap<>());
							statements.add(recorded);
							PreparedStatement statement = (PreparedStatement) result;
							return Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
									new Class<?>[] { PreparedStatement.class }, (p, m, a) -> {
										if (m.getName().startsWith("set") && a != null && a.length >= 2
												&& a[0] instanceof Integer index) {
											recorded.parameters().put(index, m.getName().equals("setNull") ? null : a[1]);
										}
										return intercept(statement, PreparedStatement.class, m, a);
									});
						}
						return result;
					});
		}

		private final class Recording extends DelegatingDataSource implements AutoCloseable {

			Recording(DataSource target) {
				super(target);
			}

			@Override
			public Connection getConnection() throws SQLException {
				return recording(super.getConnection());
			}

			@Override
			public void close() throws Exception {
				if (getTargetDataSource() instanceof AutoCloseable closeable) {
					closeable.close();
				}
			}

		}

	}

}
