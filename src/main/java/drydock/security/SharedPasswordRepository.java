package drydock.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface SharedPasswordRepository extends JpaRepository<SharedPassword, String> {

}
