package drydock.workitem;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PhotoRepository extends JpaRepository<Photo, Integer> {

	List<Photo> findByWorkItemIdOrderById(Integer workItemId);

	long countByWorkItemId(Integer workItemId);

	boolean existsByFilenameOrThumbnailFilename(String filename, String thumbnailFilename);

	List<Photo> findByFilenameOrThumbnailFilename(String filename, String thumbnailFilename);

	void deleteByWorkItemId(Integer workItemId);

}
