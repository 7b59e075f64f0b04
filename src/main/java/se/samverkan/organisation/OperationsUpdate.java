package se.samverkan.organisation;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An update a unit posts about its operations, visible to all parties (R19, R20). */
@Table("operations_update")
public class OperationsUpdate {

	/** Longest title, in characters. */
	public static final int TITLE_MAX_LENGTH = 200;

	/** Longest text, in characters. */
	public static final int BODY_MAX_LENGTH = 8000;

	@Id
	private final UUID id;

	private final UUID unitId;

	private final UUID authorId;

	private final String title;

	private final String body;

	private final Instant publishedAt;

	@Version
	private Integer version;

	@PersistenceCreator
	OperationsUpdate(UUID id, UUID unitId, UUID authorId, String title, String body, Instant publishedAt,
			Integer version) {
		this.id = id;
		this.unitId = unitId;
		this.authorId = authorId;
		this.title = title;
		this.body = body;
		this.publishedAt = publishedAt;
		this.version = version;
	}

	public static OperationsUpdate post(UUID unitId, UUID authorId, String title, String body, Instant at) {
		return new OperationsUpdate(UUID.randomUUID(), unitId, authorId, title.strip(), body.strip(), at, null);
	}

	public UUID id() {
		return this.id;
	}

	public UUID unitId() {
		return this.unitId;
	}

	public UUID authorId() {
		return this.authorId;
	}

	public String title() {
		return this.title;
	}

	public String body() {
		return this.body;
	}

	public Instant publishedAt() {
		return this.publishedAt;
	}

	public Integer version() {
		return this.version;
	}

}
