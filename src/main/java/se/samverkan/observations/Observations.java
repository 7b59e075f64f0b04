package se.samverkan.observations;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All requests for collegial observation. */
interface Observations extends ListCrudRepository<Observation, UUID> {

}
