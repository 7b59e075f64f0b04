package se.samverkan.steeringgroup;

import java.util.Set;

import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * Who may represent which party in the steering group (R7, R8): the municipalities are
 * represented by staff with the MAR function; the region's units by their managers,
 * operations developers or MAR.
 */
final class RepresentationPolicy {

	private RepresentationPolicy() {
	}

	/**
	 * Refuses a representative of a municipality who does not hold MAR with
	 * {@code mar-function-required}.
	 */
	static void check(PrincipalKind representedPrincipal, Set<StaffFunction> functions) {
		if (representedPrincipal == PrincipalKind.MUNICIPALITY && !functions.contains(StaffFunction.MAR)) {
			throw new DomainException(ErrorCode.MAR_FUNCTION_REQUIRED, "error.steering-group.mar-required");
		}
	}

}
