package se.samverkan.resources.web;

import java.util.List;
import java.util.UUID;

/**
 * A resource agreement as the form proposes it: title, description and the units whose
 * resources it commits, in the order chosen.
 */
record ProposalForm(String title, String description, List<UUID> unitIds) {

	ProposalForm {
		unitIds = (unitIds != null) ? List.copyOf(unitIds.stream().filter((id) -> id != null).distinct().toList())
				: List.of();
	}

	static ProposalForm empty() {
		return new ProposalForm("", "", List.of());
	}

}
