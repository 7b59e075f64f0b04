package se.samverkan.organisation;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The interest organisations. */
public interface InterestOrganisations extends ListCrudRepository<InterestOrganisation, UUID> {

}
