package drydock.workitem;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The comment thread of an item: admins, and the crew members the item belongs to. */
@Service
public class CommentService {

	static final int LIMIT = 5000;

	private final WorkItemRepository items;

	private final CommentRepository comments;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CommentService(WorkItemRepository items, CommentRepository comments, TransactionTemplate transaction, Clock clock) {
		this.items = items;
		this.comments = comments;
		this.transaction = transaction;
		this.clock = clock;
	}

	public void addAsAdmin(int itemId, String adminName, String text) {
		add(itemId, adminName, text, true);
	}

	public void addAsCrew(int itemId, String crewName, String text) {
		add(itemId, crewName, text, false);
	}

	private void add(int itemId, String author, String text, boolean admin) {
		String body = text == null ? "" : text.strip();
		if (body.isEmpty()) {
			throw new SubmissionRefusedException("A comment needs some text.");
		}
		if (body.length() > LIMIT) {
			throw new SubmissionRefusedException("A comment is at most %,d characters.".formatted(LIMIT));
		}
		transaction.executeWithoutResult(status -> {
			WorkItem item = items.findById(itemId).orElseThrow(() -> new WorkItemNotFoundException(itemId));
			if (!admin && !CrewAccess.canView(item, author)) {
				throw new WorkItemAccessDeniedException(
						"Only the crew member who submitted item " + item.getItemNumber() + ", or the one it is assigned to, can comment on it.");
			}
			comments.save(new Comment(itemId, author, body, admin, LocalDateTime.now(clock)));
		});
	}

}
