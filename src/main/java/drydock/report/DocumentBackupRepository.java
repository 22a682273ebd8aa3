package drydock.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentBackupRepository extends JpaRepository<DocumentBackup, Integer> {
}
