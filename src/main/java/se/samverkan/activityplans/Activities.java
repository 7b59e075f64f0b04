package se.samverkan.activityplans;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The activities of all plans, one by one; {@link ActivityReads} reads a plan's together.
 */
interface Activities extends ListCrudRepository<Activity, UUID> {

}
