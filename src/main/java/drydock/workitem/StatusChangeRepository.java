package drydock.workitem;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatusChangeRepository extends JpaRepository<StatusChange, Integer> {

	List<StatusChange> findByWorkItemIdOrderByChangedAtAscIdAsc(Integer workItemId);

	void deleteByWorkItemId(Integer workItemId);

}
