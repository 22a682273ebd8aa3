package drydock.workitem;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WorkItemRepository extends JpaRepository<WorkItem, Integer> {

	Optional<WorkItem> findByItemNumber(String itemNumber);

	boolean existsByItemNumberAndIdNot(String itemNumber, Integer id);

	/**
	 * The item and its photos in one statement: a row of (item, photo) per photo in upload order, or
	 * one of (item, null) when it has none; no rows when there is no such item.
	 */
	@Query("select w, p from WorkItem w left join Photo p on p.workItemId = w.id where w.id = :id order by p.id")
	List<Object[]> findWithPhotos(Integer id);

	/** Unversioned on purpose: a text message's outcome must not make an admin's open form stale. */
	@Modifying
	@Query("update WorkItem w set w.notificationStatus = :status, w.notificationAt = :at where w.id = :id")
	int recordNotification(Integer id, String status, LocalDateTime at);

}
