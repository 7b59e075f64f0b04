package se.samverkan.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** All staff accounts. */
public interface Staff extends ListCrudRepository<StaffMember, UUID> {

	Optional<StaffMember> findByUsername(String username);

	Optional<StaffMember> findByHsaId(String hsaId);

	boolean existsByAdministratorTrue();

	/**
	 * The active password accounts that may still carry the demo password: the
	 * administrators and those whose user names look like the demo accounts' (a superset;
	 * {@link DemoOrganisation#isDemoUsername} decides).
	 */
	@Query("""
			select * from staff where active and password_hash is not null
			and (administrator or username = 'admin' or username like 'lss.%' or username like 'mar.%'
			     or username like 'chef.%' or username like 'buh.%' or username like 'vh.%')
			""")
	List<StaffMember> findDemoPasswordCandidates();

	@Query("""
			select s.id from staff s join staff_function f on f.staff_id = s.id
			where s.unit_id = :unitId and s.active and f.function = 'MANAGER'
			""")
	List<UUID> findActiveManagerIds(UUID unitId);

}
