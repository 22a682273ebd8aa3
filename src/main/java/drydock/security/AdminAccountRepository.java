package drydock.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdminAccountRepository extends JpaRepository<AdminAccount, Integer> {

	Optional<AdminAccount> findByUsername(String username);

	List<AdminAccount> findAllByOrderByUsername();

}
