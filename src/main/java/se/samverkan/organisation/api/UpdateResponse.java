package se.samverkan.organisation.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import se.samverkan.organisation.Directory.UpdateView;

/** An update a unit posted about its operations, visible to all parties. */
record UpdateResponse(UUID id, UUID unitId, String unitName, String authorName, String title, String body,
		OffsetDateTime publishedAt) {

	static UpdateResponse of(UpdateView view, ZoneId zone) {
		return new UpdateResponse(view.id(), view.unitId(), view.unitName(), view.authorName(), view.title(),
				view.body(), view.publishedAt().atZone(zone).toOffsetDateTime());
	}

}
