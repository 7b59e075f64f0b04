package se.samverkan.matters.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samverkan.matters.MatterCategory;
import se.samverkan.matters.MatterManagement.ReportMatter;
import se.samverkan.matters.MatterSource;

/** Reporting a matter (R11). */
record MatterForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String description,
		@NotNull MatterCategory category, @NotNull MatterSource source) {

	static MatterForm empty() {
		return new MatterForm("", "", null, MatterSource.STAFF);
	}

	ReportMatter command() {
		return new ReportMatter(this.title, this.description, this.category, this.source);
	}

}
