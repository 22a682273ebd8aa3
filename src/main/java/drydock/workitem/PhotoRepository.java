package drydock.workitem;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PhotoRepository extends JpaRepository<Photo, Integer> {

	List<Photo> findByWorkItemIdOrderById(Integer workItemId);

	long countByWorkItemId(Integer workItemId);

	boolean existsByFilenameOrThumbnailFilename(String filename, String thumbnailFilename);

	Optional<Photo> findFirstByFilenameOrThumbnailFilename(String filename, String thumbnailFilename);

	void deleteByWorkItemId(Integer workItemId);

}
