package se.samverkan.organisation.api;

import java.util.UUID;

import se.samverkan.organisation.Directory.InterestOrganisationView;

/** An interest organisation whose views the steering group collects (R14). */
record InterestOrganisationResponse(UUID id, String name, String description, String website) {

	static InterestOrganisationResponse of(InterestOrganisationView view) {
		return new InterestOrganisationResponse(view.id(), view.name(), view.description(), view.website());
	}

}
