package se.samverkan.meetings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Proposing an agenda item: its title. */
record ItemForm(@NotBlank(message = "{meetings.item.titleRequired}") @Size(max = 200) String title) {

	static ItemForm empty() {
		return new ItemForm("");
	}

}
