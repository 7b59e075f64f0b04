package se.samverkan.organisation;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

/** Updates the units post about their operations. */
interface OperationsUpdates extends CrudRepository<OperationsUpdate, UUID> {

}
