package se.samverkan.individuals;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.samverkan.organisation.UnitChanged;

/**
 * Keeps {@link VisibilityPolicy#sharedUntil} in step when a unit changes, e.g. moves to
 * another principal: its own involvements and those with the persons it registered
 * change. Listens synchronously, in the administrator's transaction, so that no unit's
 * total ever disagrees with its list; an after-commit listener would leave a window (and
 * a failed one a lasting disagreement).
 */
@Component
class SharingFollowsUnits {

	private final IndividualsManagement individuals;

	SharingFollowsUnits(IndividualsManagement individuals) {
		this.individuals = individuals;
	}

	@EventListener
	void on(UnitChanged changed) {
		if (changed.versionBefore() != null) {
			this.individuals.shareAnewAround(changed.aggregateId());
		}
	}

}
