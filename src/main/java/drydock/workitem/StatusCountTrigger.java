package drydock.workitem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

import org.h2.api.ErrorCode;
import org.h2.api.Trigger;

/**
 * H2's side of {@code status_counts} (PostgreSQL's is a PL/pgSQL function, see the V9
 * migrations): H2 calls this after each inserted, updated or deleted {@code work_items} row,
 * inside the writing transaction. A status change takes one from the old status and adds one to
 * the new, in status order, so two writers lock the count rows in the same order.
 */
public class StatusCountTrigger implements Trigger {

	private static final String ADD = "UPDATE status_counts SET item_count = item_count + ? WHERE status = ?";

	private static final String FIRST = "INSERT INTO status_counts (status, item_count) VALUES (?, ?)";

	private int statusColumn;

	@Override
	public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
			throws SQLException {
		// The identifiers' case depends on the database's settings (PostgreSQL mode keeps them lower case).
		try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
			while (columns.next()) {
				if (columns.getString("COLUMN_NAME").equalsIgnoreCase("status")) {
					statusColumn = columns.getInt("ORDINAL_POSITION") - 1;
					return;
				}
			}
		}
		throw new SQLException("No column status in " + schema + "." + table);
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		String removed = oldRow == null ? null : (String) oldRow[statusColumn];
		String added = newRow == null ? null : (String) newRow[statusColumn];
		if (Objects.equals(removed, added)) {
			return;
		}
		if (removed == null) {
			add(connection, added, 1);
		}
		else if (added == null) {
			add(connection, removed, -1);
		}
		else if (removed.compareTo(added) < 0) {
			add(connection, removed, -1);
			add(connection, added, 1);
		}
		else {
			add(connection, added, 1);
			add(connection, removed, -1);
		}
	}

	private static void add(Connection connection, String status, long change) throws SQLException {
		if (update(connection, status, change)) {
			return;
		}
		try (PreparedStatement insert = connection.prepareStatement(FIRST)) {
			insert.setString(1, status);
			insert.setLong(2, change);
			insert.executeUpdate();
		}
		catch (SQLException ex) {
			// Another transaction counted this status first: its row is there now.
			if (ex.getErrorCode() != ErrorCode.DUPLICATE_KEY_1 || !update(connection, status, change)) {
				throw ex;
			}
		}
	}

	private static boolean update(Connection connection, String status, long change) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement(ADD)) {
			update.setLong(1, change);
			update.setString(2, status);
			return update.executeUpdate() == 1;
		}
	}

}
