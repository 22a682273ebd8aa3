package drydock.seed;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import drydock.DatabaseKind;
import drydock.photo.PhotoStore;
import drydock.workitem.DashboardCache;
import drydock.workitem.ItemNumbers;
import drydock.workitem.Roster;
import drydock.workitem.SearchWordCounts;
import drydock.workitem.WorkflowStatuses;

/**
 * Loads many realistic work items for measurements: varied statuses, the configured crew as
 * submitters, up to six photo rows each (pointing at a few shared sample files), comments and
 * status history. PostgreSQL is loaded with COPY, other databases with batched inserts, in one
 * transaction: either every item is there afterwards or none is.
 */
@Component
public class Seeder {

	private static final Logger log = LoggerFactory.getLogger(Seeder.class);

	/** Items generated and written at a time, so memory stays small whatever the count. */
	private static final int CHUNK = 5_000;

	private static final int SAMPLE_PHOTOS = 4;

	private static final String[] LOCATIONS = { "Engine Room", "Pump Room", "Bow Thruster Room", "Steering Gear Room",
			"Main Deck", "Forecastle", "Poop Deck", "Cargo Hold 1", "Cargo Hold 2", "Cargo Hold 3", "Ballast Tank 4P",
			"Ballast Tank 4S", "Fuel Oil Tank 2C", "Accommodation", "Galley", "Wheelhouse", "Funnel", "Shaft Tunnel",
			"Emergency Generator Room", "Hatch Cover 2" };

	private static final String[] EQUIPMENT = { "pump", "valve", "gasket", "bearing", "sea chest", "strainer",
			"cooler", "piping", "hatch seal", "railing", "ladder", "winch", "davit", "fan", "door", "manhole cover",
			"frame", "bulkhead", "shell plating", "anode" };

	private static final String[] DEFECTS = { "leaking", "corroded", "cracked", "worn", "seized", "missing",
			"damaged", "noisy", "overheating", "loose", "pitted", "bent" };

	private static final String[] ACTIONS = { "Renew", "Overhaul", "Crop and renew", "Clean and inspect",
			"Blast and coat", "Replace", "Repair", "Pressure test" };

	private static final String[] COMMENTS = { "Checked on site, agree with the scope.", "Please add a photo of the nameplate.",
			"Yard quotes three days for this.", "Class surveyor wants to see it opened up.", "Spare part ordered.",
			"Combine with the neighbouring item?", "Measurements added to the detail." };

	private final DataSource dataSource;

	private final boolean postgres;

	private final Roster roster;

	private final WorkflowStatuses statuses;

	private final ItemNumbers itemNumbers;

	private final PhotoStore photoStore;

	private final Clock clock;

	private final SearchWordCounts searchWordCounts;

	private final DashboardCache dashboardCache;

	Seeder(DataSource dataSource, DatabaseKind database, Roster roster, WorkflowStatuses statuses,
			ItemNumbers itemNumbers, PhotoStore photoStore, Clock clock, SearchWordCounts searchWordCounts,
			DashboardCache dashboardCache) {
		this.dataSource = dataSource;
		this.postgres = database.isPostgres();
		this.roster = roster;
		this.statuses = statuses;
		this.itemNumbers = itemNumbers;
		this.photoStore = photoStore;
		this.clock = clock;
		this.searchWordCounts = searchWordCounts;
		this.dashboardCache = dashboardCache;
	}

	/** Adds {@code count} items after the existing ones, numbered from the next free DRAFT number. */
	public Result seed(int count, long randomSeed) {
		if (count < 1) {
			throw new IllegalArgumentException("Seed at least one item, not " + count);
		}
		long started = System.nanoTime();
		List<String[]> samples = samplePhotos();
		int firstDraft = Integer.parseInt(itemNumbers.nextDraft().substring("DRAFT_".length()));
		Generator generator = new Generator(new SplittableRandom(randomSeed), roster.crewMembers(),
				roster.adminNames().isEmpty() ? List.of("admin") : roster.adminNames(), statuses.all(), samples,
				LocalDateTime.now(clock).withSecond(0).withNano(0));
		Totals totals = new Totals();
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				Writer writer = postgres ? new CopyWriter(connection.unwrap(PGConnection.class).getCopyAPI())
						: new BatchWriter(connection);
				int firstId = highestId(connection) + 1;
				for (int done = 0; done < count; done += CHUNK) {
					Chunk chunk = new Chunk();
					for (int i = done; i < Math.min(count, done + CHUNK); i++) {
						generator.item(chunk, firstId + i, "DRAFT_" + String.format(Locale.ROOT, "%04d", firstDraft + i));
					}
					chunk.writeTo(writer);
					totals.add(chunk);
				}
				restartIdentity(connection, postgres, firstId + count);
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
			tidyAfterLoading(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Seeding failed: " + ex.getMessage(), ex);
		}
		return new Result(count, totals.photos, totals.comments, totals.history, Duration.ofNanos(System.nanoTime() - started));
	}

	/**
	 * What follows the committed load. The items are there whatever happens here, so a failure is a
	 * warning, not a failed seeding to be run again.
	 */
	private void tidyAfterLoading(Connection connection) {
		// The seeder is a process of its own: this reaches the nodes that share its Redis; nodes
		// caching in their own memory show the new items when their pages expire (10 minutes).
		dashboardCache.evict();
		if (!postgres) {
			return;
		}
		try {
			// Each chunk's COPY added its own rows of word counts; one row per word is what searches read.
			searchWordCounts.compact();
			// VACUUM sets the visibility map, so the status counts read the status index alone and a
			// search's counts their keys alone, instead of their tables, as they would once autovacuum
			// has passed; it runs outside a transaction.
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute("VACUUM ANALYZE work_items, search_words, search_word_counts, photos, comments, status_history");
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException | RuntimeException ex) {
			log.warn("The seeded items are stored, but merging their word counts or vacuuming failed "
					+ "(autovacuum and the application's own merge will catch up): {}", ex.getMessage());
		}
	}

	private static int highestId(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM work_items")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	/** Ids were given explicitly, so the next item the application creates must start after them. */
	private static void restartIdentity(Connection connection, boolean postgres, int next) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			if (postgres) {
				statement.execute("SELECT setval(pg_get_serial_sequence('work_items', 'id'), " + (next - 1) + ")");
			}
			else {
				statement.execute("ALTER TABLE work_items ALTER COLUMN id RESTART WITH " + next);
			}
		}
	}

	/** A few plain JPEGs (display file and thumbnail) in the photo folder that every seeded photo row shares. */
	private List<String[]> samplePhotos() {
		List<String[]> samples = new ArrayList<>();
		Color[] colours = { new Color(0x3b6e8f), new Color(0x8f5a3b), new Color(0x4f7f4a), new Color(0x6b6b6b) };
		for (int i = 0; i < SAMPLE_PHOTOS; i++) {
			String display = photoStore.put(jpeg(576, 432, colours[i], "Sample " + (i + 1)), "");
			String thumbnail = photoStore.put(jpeg(300, 225, colours[i], "Sample " + (i + 1)), "_t");
			samples.add(new String[] { display, thumbnail });
		}
		return samples;
	}

	private static byte[] jpeg(int width, int height, Color colour, String label) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(colour);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 8));
		graphics.drawString(label, width / 10, height / 2);
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** What one call added, and how long it took. */
	public record Result(int items, long photos, long comments, long history, Duration took) {

	}

	/** Makes up the rows of one item from word lists, a fixed random seed giving the same items every time. */
	private record Generator(SplittableRandom random, List<String> crew, List<String> admins, List<String> statuses,
			List<String[]> samples, LocalDateTime now) {

		void item(Chunk chunk, int id, String number) {
			String submitter = pick(crew);
			String equipment = pick(EQUIPMENT);
			String defect = pick(DEFECTS);
			String location = pick(LOCATIONS)
					+ (random.nextInt(3) == 0 ? ", frame " + (10 + random.nextInt(190)) : "");
			String description = capitalise(equipment) + " " + defect + (random.nextBoolean() ? " at " + location : "");
			String detail = pick(ACTIONS) + " the " + equipment + ". Found " + defect + " during inspection; "
					+ (random.nextInt(40) + 1) + " hours estimated. " + (random.nextBoolean()
							? "Access through " + pick(LOCATIONS) + "." : "Scaffolding needed.");
			LocalDateTime submitted = now.minusMinutes(random.nextLong(60L * 24 * 730));
			String status = status();
			boolean withCrew = WorkflowStatuses.WITH_CREW.contains(status);
			String assignedTo = withCrew ? pick(crew) : null;
			LocalDateTime changed = submitted.plusHours(1 + random.nextInt(72));
			boolean moved = !WorkflowStatuses.SUBMITTED.equals(status);
			String admin = pick(admins);
			chunk.items.add(new Object[] { id, number, location, "N/A", description, detail, submitter, submitted, status,
					assignedTo, withCrew, withCrew ? "Please add measurements and a photo." : null, submitter,
					moved ? admin : submitter, moved ? changed : submitted, 0 });
			chunk.history.add(new Object[] { id, null, WorkflowStatuses.SUBMITTED, submitter, submitted, null });
			if (moved) {
				chunk.history.add(new Object[] { id, WorkflowStatuses.SUBMITTED, status, admin, changed,
						withCrew ? "Sent back to " + assignedTo : null });
			}
			int photos = random.nextInt(7);
			for (int p = 0; p < photos; p++) {
				String[] sample = samples.get(random.nextInt(samples.size()));
				chunk.photos.add(new Object[] { sample[0], p == 0 ? capitalise(equipment) + " nameplate" : "View " + (p + 1), id,
						576, 432, sample[1], 300, 225 });
			}
			int comments = random.nextInt(4);
			for (int c = 0; c < comments; c++) {
				boolean byAdmin = random.nextBoolean();
				chunk.comments.add(new Object[] { id, byAdmin ? admin : submitter, pick(COMMENTS),
						submitted.plusHours(2 + c * 5L + random.nextInt(5)), byAdmin });
			}
		}

		/** Roughly a third submitted, a third completed, a quarter back with the crew, the rest in review. */
		private String status() {
			int roll = random.nextInt(100);
			if (roll < 35) {
				return WorkflowStatuses.SUBMITTED;
			}
			if (roll < 65) {
				return WorkflowStatuses.COMPLETED_REVIEW;
			}
			if (roll < 80) {
				return WorkflowStatuses.NEEDS_REVISION;
			}
			if (roll < 90) {
				return WorkflowStatuses.AWAITING_PHOTOS;
			}
			return pick(statuses);
		}

		private String pick(String[] values) {
			return values[random.nextInt(values.length)];
		}

		private String pick(List<String> values) {
			return values.get(random.nextInt(values.size()));
		}

		private static String capitalise(String text) {
			return Character.toUpperCase(text.charAt(0)) + text.substring(1);
		}

	}

	private static final class Chunk {

		final List<Object[]> items = new ArrayList<>();

		final List<Object[]> photos = new ArrayList<>();

		final List<Object[]> comments = new ArrayList<>();

		final List<Object[]> history = new ArrayList<>();

		void writeTo(Writer writer) throws SQLException {
			writer.write("work_items", "id, item_number, location, ns_equipment, description, detail, submitter_name, "
					+ "submitted_at, status, assigned_to, needs_revision, revision_notes, original_submitter, "
					+ "last_modified_by, last_modified_at, version", items);
			writer.write("status_history", "work_item_id, old_status, new_status, changed_by, changed_at, notes", history);
			writer.write("photos", "filename, caption, work_item_id, width, height, thumbnail_filename, thumbnail_width, "
					+ "thumbnail_height", photos);
			writer.write("comments", "work_item_id, author_name, comment_text, created_at, is_admin", comments);
		}

	}

	private static final class Totals {

		long photos;

		long comments;

		long history;

		void add(Chunk chunk) {
			photos += chunk.photos.size();
			comments += chunk.comments.size();
			history += chunk.history.size();
		}

	}

	/** Writes rows of fixed columns to a table; table and column names are constants of this class. */
	private interface Writer {

		void write(String table, String columns, List<Object[]> rows) throws SQLException;

	}

	/** PostgreSQL's COPY in text format: the fastest way in, one round trip per table and chunk. */
	private record CopyWriter(CopyManager copy) implements Writer {

		@Override
		public void write(String table, String columns, List<Object[]> rows) throws SQLException {
			if (rows.isEmpty()) {
				return;
			}
			StringBuilder text = new StringBuilder(rows.size() * 200);
			for (Object[] row : rows) {
				for (int i = 0; i < row.length; i++) {
					if (i > 0) {
						text.append('\t');
					}
					appendValue(text, row[i]);
				}
				text.append('\n');
			}
			try {
				copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(text.toString()));
			}
			catch (IOException ex) {
				throw new SQLException("COPY into " + table + " failed", ex);
			}
		}

		private static void appendValue(StringBuilder text, Object value) {
			if (value == null) {
				text.append("\\N");
				return;
			}
			String string = value.toString();
			for (int i = 0; i < string.length(); i++) {
				char c = string.charAt(i);
				switch (c) {
					case '\\' -> text.append("\\\\");
					case '\t' -> text.append("\\t");
					case '\n' -> text.append("\\n");
					case '\r' -> text.append("\\r");
					default -> text.append(c);
				}
			}
		}

	}

	/** Any other database: one prepared INSERT per table, sent in batches. */
	private record BatchWriter(Connection connection) implements Writer {

		@Override
		public void write(String table, String columns, List<Object[]> rows) throws SQLException {
			if (rows.isEmpty()) {
				return;
			}
			int width = rows.getFirst().length;
			String placeholders = String.join(", ", Collections.nCopies(width, "?"));
			try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + placeholders + ")")) {
				for (Object[] row : rows) {
					for (int i = 0; i < width; i++) {
						Object value = row[i] instanceof LocalDateTime time ? Timestamp.valueOf(time) : row[i];
						insert.setObject(i + 1, value);
					}
					insert.addBatch();
				}
				insert.executeBatch();
			}
		}

	}

}
