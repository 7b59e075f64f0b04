package se.samverkan.organisation;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An interest organisation whose views the steering group collects (R14). */
@Table("interest_organisation")
public class InterestOrganisation {

	@Id
	private final UUID id;

	private String name;

	private String description;

	private String website;

	@Version
	private Integer version;

	@PersistenceCreator
	InterestOrganisation(UUID id, String name, String description, String website, Integer version) {
		this.id = id;
		this.name = name;
		this.description = description;
		this.website = website;
		this.version = version;
	}

	public static InterestOrganisation register(String name, String description, String website) {
		return new InterestOrganisation(UUID.randomUUID(), name.strip(), description, website, null);
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public String description() {
		return this.description;
	}

	public String website() {
		return this.website;
	}

	public Integer version() {
		return this.version;
	}

}
