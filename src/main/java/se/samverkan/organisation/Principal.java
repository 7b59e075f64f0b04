package se.samverkan.organisation;

import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A principal (huvudman): Region Värmland or a municipality. */
@Table("principal")
public class Principal {

	@Id
	private final UUID id;

	private String name;

	private PrincipalKind kind;

	private boolean active;

	@Version
	private Integer version;

	@PersistenceCreator
	Principal(UUID id, String name, PrincipalKind kind, boolean active, Integer version) {
		this.id = id;
		this.name = name;
		this.kind = kind;
		this.active = active;
		this.version = version;
	}

	public static Principal register(String name, PrincipalKind kind) {
		return new Principal(UUID.randomUUID(), requireName(name), Objects.requireNonNull(kind), true, null);
	}

	public void change(String name, PrincipalKind kind, boolean active) {
		this.name = requireName(name);
		this.kind = Objects.requireNonNull(kind);
		this.active = active;
	}

	private static String requireName(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("name is required");
		}
		return name.strip();
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public PrincipalKind kind() {
		return this.kind;
	}

	public boolean active() {
		return this.active;
	}

	public Integer version() {
		return this.version;
	}

}
