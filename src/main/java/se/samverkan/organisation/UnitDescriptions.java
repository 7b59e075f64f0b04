package se.samverkan.organisation;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

/** The units' descriptions of themselves. */
interface UnitDescriptions extends CrudRepository<UnitDescription, UUID> {

}
