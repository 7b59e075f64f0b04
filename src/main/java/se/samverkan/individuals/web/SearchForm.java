package se.samverkan.individuals.web;

import jakarta.validation.constraints.Size;

/** "Sök person": one personal identity or coordination number, as people write it. */
record SearchForm(@Size(max = 20) String number) {

	boolean isSearch() {
		return this.number != null && !this.number.isBlank();
	}

}
