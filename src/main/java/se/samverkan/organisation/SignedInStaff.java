package se.samverkan.organisation;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import se.samverkan.shared.StaffIdentity;

/**
 * The signed-in staff member as every module sees them: account, unit, principal and
 * functions. Authorities are {@code ROLE_USER}, {@code ROLE_ADMIN} for administrators and
 * one {@code FUNCTION_<name>} per function held.
 */
public final class SignedInStaff implements UserDetails, CredentialsContainer, Serializable, StaffIdentity {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID staffId;

	private final String username;

	private final String displayName;

	private final UnitRef unit;

	private final PrincipalRef principal;

	private final Set<StaffFunction> functions;

	private final boolean administrator;

	private final boolean active;

	private String passwordHash;

	SignedInStaff(UUID staffId, String username, String displayName, UnitRef unit, PrincipalRef principal,
			Set<StaffFunction> functions, boolean administrator, boolean active, String passwordHash) {
		this.staffId = staffId;
		this.username = username;
		this.displayName = displayName;
		this.unit = unit;
		this.principal = principal;
		this.functions = StaffMember.toSet(functions);
		this.administrator = administrator;
		this.active = active;
		this.passwordHash = passwordHash;
	}

	@Override
	public UUID staffId() {
		return this.staffId;
	}

	public String displayName() {
		return this.displayName;
	}

	public UnitRef unit() {
		return this.unit;
	}

	public PrincipalRef principal() {
		return this.principal;
	}

	public Set<StaffFunction> functions() {
		return StaffMember.toSet(this.functions);
	}

	public boolean holds(StaffFunction function) {
		return this.functions.contains(function);
	}

	/**
	 * Whether the staff member is a convener: holds {@link StaffFunction#CONVENER} in a
	 * BUH or VH unit (R16), as {@link Directory#conveners()} counts them.
	 */
	public boolean isConvener() {
		return holds(StaffFunction.CONVENER) && this.unit.kind().isHabilitation();
	}

	public boolean isAdministrator() {
		return this.administrator;
	}

	public boolean worksIn(UUID unitId) {
		return this.unit.id().equals(unitId);
	}

	public List<String> roles() {
		return this.administrator ? List.of("USER", "ADMIN") : List.of("USER");
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		roles().forEach((role) -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
		this.functions.forEach((function) -> authorities.add(new SimpleGrantedAuthority("FUNCTION_" + function)));
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.active;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInStaff that && this.staffId.equals(that.staffId);
	}

	@Override
	public int hashCode() {
		return this.staffId.hashCode();
	}

	@Override
	public String toString() {
		return "SignedInStaff[" + this.username + "]";
	}

	/** The unit a staff member works in. */
	public record UnitRef(UUID id, String name, UnitKind kind) implements Serializable {
	}

	/** The principal of that unit. */
	public record PrincipalRef(UUID id, String name, PrincipalKind kind) implements Serializable {
	}

}
