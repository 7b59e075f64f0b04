package se.samverkan.steeringgroup;

import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may represent which party in the steering group (R7, R8). */
class RepresentationPolicyTests {

	@Test
	@DisplayName("R8 a municipality is represented by someone with the MAR function")
	void r8MunicipalityRepresentedByMar() {
		assertThatCode(() -> RepresentationPolicy.check(PrincipalKind.MUNICIPALITY, Set.of(StaffFunction.MAR)))
			.doesNotThrowAnyException();
	}

	@Test
	@DisplayName("R8 a municipality's representative without MAR is refused with mar-function-required")
	void r8MunicipalityRepresentativeWithoutMarIsRefused() {
		assertThatThrownBy(() -> RepresentationPolicy.check(PrincipalKind.MUNICIPALITY,
				Set.of(StaffFunction.HEAD_OF_OPERATIONS, StaffFunction.MANAGER, StaffFunction.MAS)))
			.isInstanceOfSatisfying(DomainException.class, (ex) -> org.assertj.core.api.Assertions.assertThat(ex.code())
				.isEqualTo(ErrorCode.MAR_FUNCTION_REQUIRED));
	}

	@Test
	@DisplayName("R7 the region's units are represented by managers and operations developers without MAR")
	void r7RegionRepresentedByManagers() {
		assertThatCode(() -> RepresentationPolicy.check(PrincipalKind.REGION, Set.of(StaffFunction.MANAGER)))
			.doesNotThrowAnyException();
		assertThatCode(
				() -> RepresentationPolicy.check(PrincipalKind.REGION, Set.of(StaffFunction.OPERATIONS_DEVELOPER)))
			.doesNotThrowAnyException();
	}

}
