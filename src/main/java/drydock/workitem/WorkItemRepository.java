package drydock.workitem;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkItemRepository extends JpaRepository<WorkItem, Integer> {

	Optional<WorkItem> findByItemNumber(String itemNumber);

}
