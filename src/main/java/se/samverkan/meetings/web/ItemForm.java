package se.samverkan.meetings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Proposing an agenda item: its title and, optionally, the matter it concerns. */
record ItemForm(@NotBlank(message = "{meetings.item.titleRequired}") @Size(max = 200) String title,
		java.util.UUID matterId) {

	static ItemForm empty() {
		return new ItemForm("", null);
	}

}
