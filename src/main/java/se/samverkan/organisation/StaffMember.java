package se.samverkan.organisation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * A staff member's account: who they are, which unit they work in, their functions and
 * their nearest manager. A deactivated account cannot sign in; nothing is deleted.
 */
@Table("staff")
public class StaffMember {

	/** Lower-case letters, digits, dots, underscores and dashes; 2 to 100 characters. */
	public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,99}";

	/** Letters, digits and {@code - _ . @ :}; 2 to 64 characters. */
	public static final String HSA_ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._@:-]{1,63}";

	@Id
	private final UUID id;

	private final String username;

	private String displayName;

	private String email;

	private UUID unitId;

	private UUID nearestManagerId;

	private String passwordHash;

	private boolean administrator;

	private boolean active;

	private String hsaId;

	@MappedCollection(idColumn = "staff_id")
	private Set<HeldFunction> functions;

	@Version
	private Integer version;

	@PersistenceCreator
	StaffMember(UUID id, String username, String displayName, String email, UUID unitId, UUID nearestManagerId,
			String passwordHash, boolean administrator, boolean active, String hsaId, Set<HeldFunction> functions,
			Integer version) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.unitId = unitId;
		this.nearestManagerId = nearestManagerId;
		this.passwordHash = passwordHash;
		this.administrator = administrator;
		this.active = active;
		this.hsaId = hsaId;
		this.functions = functions;
		this.version = version;
	}

	public static StaffMember open(String username, StaffProfile profile, String passwordHash) {
		if (username == null || !username.matches(USERNAME_PATTERN)) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.username-invalid");
		}
		StaffMember staff = new StaffMember(UUID.randomUUID(), username, null, null, null, null, passwordHash, false,
				true, null, Set.of(), null);
		staff.change(profile);
		return staff;
	}

	/** Changes what an administrator manages about the account. */
	public void change(StaffProfile profile) {
		if (this.id.equals(profile.nearestManagerId())) {
			throw new IllegalArgumentException("a staff member cannot be their own nearest manager");
		}
		this.displayName = profile.displayName().strip();
		this.email = (profile.email() == null || profile.email().isBlank()) ? null : profile.email().strip();
		this.unitId = Objects.requireNonNull(profile.unitId());
		this.nearestManagerId = profile.nearestManagerId();
		this.administrator = profile.administrator();
		this.functions = profile.functions().stream().map(HeldFunction::new).collect(Collectors.toSet());
	}

	public void deactivate() {
		this.active = false;
	}

	public void reactivate() {
		this.active = true;
	}

	public void changePasswordHash(String passwordHash) {
		this.passwordHash = Objects.requireNonNull(passwordHash);
	}

	/**
	 * The HSA-id (or the identity provider's user name) that matches a sign-in through
	 * the OIDC identity provider to this account; {@code null} to clear.
	 */
	public void assignHsaId(String hsaId) {
		String value = (hsaId == null || hsaId.isBlank()) ? null : hsaId.strip();
		if (value != null && !value.matches(HSA_ID_PATTERN)) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.hsa-id-invalid");
		}
		this.hsaId = value;
	}

	public String hsaId() {
		return this.hsaId;
	}

	public UUID id() {
		return this.id;
	}

	public String username() {
		return this.username;
	}

	public String displayName() {
		return this.displayName;
	}

	public String email() {
		return this.email;
	}

	public UUID unitId() {
		return this.unitId;
	}

	public UUID nearestManagerId() {
		return this.nearestManagerId;
	}

	public String passwordHash() {
		return this.passwordHash;
	}

	public boolean administrator() {
		return this.administrator;
	}

	public boolean active() {
		return this.active;
	}

	public Set<StaffFunction> functions() {
		return toSet(this.functions.stream().map(HeldFunction::function).toList());
	}

	public boolean holds(StaffFunction function) {
		return functions().contains(function);
	}

	public Integer version() {
		return this.version;
	}

	static Set<StaffFunction> toSet(Collection<StaffFunction> functions) {
		return functions.isEmpty() ? EnumSet.noneOf(StaffFunction.class) : EnumSet.copyOf(functions);
	}

	/** One function held, stored as a row of its own. */
	@Table("staff_function")
	record HeldFunction(StaffFunction function) {
	}

}
