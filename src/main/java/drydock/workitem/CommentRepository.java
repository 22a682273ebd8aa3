package drydock.workitem;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Integer> {

	List<Comment> findByWorkItemIdOrderByCreatedAtAscIdAsc(Integer workItemId);

	void deleteByWorkItemId(Integer workItemId);

}
