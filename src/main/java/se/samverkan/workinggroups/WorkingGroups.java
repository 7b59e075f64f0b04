package se.samverkan.workinggroups;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All working groups; a page of them is read by {@link GroupPages}. */
interface WorkingGroups extends ListCrudRepository<WorkingGroup, UUID> {

}
