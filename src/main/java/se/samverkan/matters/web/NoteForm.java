package se.samverkan.matters.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An internal note of the handlers. */
record NoteForm(@NotBlank @Size(max = 4000) String text, Integer version) {

	NoteForm withVersion(int current) {
		return new NoteForm(this.text, current);
	}

}
