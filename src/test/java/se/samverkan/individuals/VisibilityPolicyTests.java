package se.samverkan.individuals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import se.samverkan.individuals.VisibilityPolicy.Circle;
import se.samverkan.individuals.VisibilityPolicy.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R1, L4 as a table: a person registered by Karlstad's LSS unit, seen from units of the
 * same principal, of the region (BUH) and of another municipality (Arvika), involved or
 * not, under each kind of consent.
 */
class VisibilityPolicyTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	static final UUID KARLSTAD = UUID.randomUUID();

	static final UUID REGION = UUID.randomUUID();

	static final UUID ARVIKA = UUID.randomUUID();

	enum TestUnit {

		KARLSTAD_LSS(KARLSTAD), KARLSTAD_OTHER(KARLSTAD), BUH(REGION), ARVIKA_LSS(ARVIKA);

		final UUID id = UUID.randomUUID();

		final UUID principalId;

		TestUnit(UUID principalId) {
			this.principalId = principalId;
		}

		Viewer viewer() {
			return new Viewer(this.id, this.principalId);
		}

	}

	enum ConsentState {

		NONE, ACTIVE_KARLSTAD_REGION, ACTIVE_ARVIKA_REGION, ACTIVE_ALL_THREE, REVOKED_KARLSTAD_REGION,
		EXPIRED_KARLSTAD_REGION, ENDS_TODAY_KARLSTAD_REGION, GUARDIAN_CHILD_TURNS_18_TOMORROW,
		GUARDIAN_CHILD_TURNED_18_TODAY;

		List<Consent> consents() {
			return consents(new Parties(UUID.randomUUID(), UUID.randomUUID(), KARLSTAD, REGION, ARVIKA), TODAY);
		}

		/** The consents of this state for that person, recorded by that staff member. */
		List<Consent> consents(Parties parties, LocalDate today) {
			UUID karlstad = parties.karlstad();
			UUID region = parties.region();
			return switch (this) {
				case NONE -> List.of();
				case ACTIVE_KARLSTAD_REGION -> List.of(adult(parties, today, null, karlstad, region));
				case ACTIVE_ARVIKA_REGION -> List.of(adult(parties, today, null, parties.arvika(), region));
				case ACTIVE_ALL_THREE -> List.of(adult(parties, today, null, karlstad, region, parties.arvika()));
				case REVOKED_KARLSTAD_REGION -> {
					Consent consent = adult(parties, today, null, karlstad, region);
					consent.revoke("Återkallat", parties.staffId(), Instant.parse("2026-11-20T10:00:00Z"));
					yield List.of(consent);
				}
				case EXPIRED_KARLSTAD_REGION -> List.of(adult(parties, today, today.minusDays(1), karlstad, region));
				case ENDS_TODAY_KARLSTAD_REGION -> List.of(adult(parties, today, today, karlstad, region));
				case GUARDIAN_CHILD_TURNS_18_TOMORROW ->
					List.of(guardian(parties, today, today.minusYears(18).plusDays(1), karlstad, region));
				case GUARDIAN_CHILD_TURNED_18_TODAY ->
					List.of(guardian(parties, today, today.minusYears(18), karlstad, region));
			};
		}

		static Consent adult(Parties parties, LocalDate today, LocalDate validUntil, UUID... principals) {
			return Consent.record(parties.personId(), LocalDate.of(1990, 1, 1), today.minusMonths(2),
					ConsentForm.WRITTEN, null, List.of(principals), validUntil, null, null, parties.staffId(),
					Instant.parse("2026-09-25T10:00:00Z"), today.minusMonths(2));
		}

		static Consent guardian(Parties parties, LocalDate today, LocalDate birthDate, UUID... principals) {
			return Consent.record(parties.personId(), birthDate, today.minusMonths(2), ConsentForm.WRITTEN,
					ConsentGiver.GUARDIAN, List.of(principals), null, null, null, parties.staffId(),
					Instant.parse("2026-09-25T10:00:00Z"), today.minusMonths(2));
		}

	}

	/** Whose consent, recorded by whom, and the three principals of the table. */
	record Parties(UUID personId, UUID staffId, UUID karlstad, UUID region, UUID arvika) {
	}

	/**
	 * The policy's table: the viewing unit, whether it is involved, the consent state,
	 * and whether the unit sees the person. The person is registered by KARLSTAD_LSS.
	 */
	static final String[] TABLE = { "KARLSTAD_LSS,   true,  NONE,                    true",
			"KARLSTAD_LSS,   false, NONE,                    false",
			"KARLSTAD_OTHER, true,  NONE,                    true",
			"KARLSTAD_OTHER, false, NONE,                    false",
			"KARLSTAD_OTHER, false, ACTIVE_ALL_THREE,        false",
			"BUH,            true,  NONE,                    false",
			"BUH,            false, ACTIVE_KARLSTAD_REGION,  false",
			"BUH,            true,  ACTIVE_KARLSTAD_REGION,  true",
			"BUH,            true,  ACTIVE_ARVIKA_REGION,    false",
			"BUH,            true,  ACTIVE_ALL_THREE,        true",
			"BUH,            true,  REVOKED_KARLSTAD_REGION, false",
			"BUH,            true,  EXPIRED_KARLSTAD_REGION, false",
			"BUH,            true,  ENDS_TODAY_KARLSTAD_REGION, true",
			"BUH,            true,  GUARDIAN_CHILD_TURNS_18_TOMORROW, true",
			"BUH,            true,  GUARDIAN_CHILD_TURNED_18_TODAY, false",
			"ARVIKA_LSS,     true,  NONE,                    false",
			"ARVIKA_LSS,     true,  ACTIVE_KARLSTAD_REGION,  false",
			"ARVIKA_LSS,     true,  ACTIVE_ALL_THREE,        true",
			"ARVIKA_LSS,     false, ACTIVE_ALL_THREE,        false" };

	static Stream<Arguments> table() {
		return Arrays.stream(TABLE).map((row) -> {
			String[] cells = row.split(",");
			return Arguments.of(TestUnit.valueOf(cells[0].strip()), Boolean.parseBoolean(cells[1].strip()),
					ConsentState.valueOf(cells[2].strip()), Boolean.parseBoolean(cells[3].strip()));
		});
	}

	static Circle circle(Set<TestUnit> involved, ConsentState consent) {
		return new Circle(TestUnit.KARLSTAD_LSS.id, KARLSTAD,
				involved.stream().map((unit) -> unit.id).collect(java.util.stream.Collectors.toSet()),
				consent.consents());
	}

	@ParameterizedTest(name = "{0}, involved={1}, consent={2} -> sees={3}")
	@MethodSource("table")
	void R1_a_unit_sees_a_person_only_when_involved_and_for_another_principal_only_under_an_active_consent_covering_both(
			TestUnit unit, boolean involved, ConsentState consent, boolean sees) {
		Set<TestUnit> units = java.util.EnumSet.noneOf(TestUnit.class);
		if (unit != TestUnit.KARLSTAD_LSS) {
			units.add(TestUnit.KARLSTAD_LSS);
		}
		if (involved) {
			units.add(unit);
		}
		assertThat(VisibilityPolicy.maySee(circle(units, consent), unit.viewer(), TODAY)).isEqualTo(sees);
	}

	@ParameterizedTest(name = "{0}, consent={2}")
	@MethodSource("table")
	void R1_shared_until_holds_exactly_on_the_days_the_data_is_shared(TestUnit unit, boolean involved,
			ConsentState consent, boolean sees) {
		Circle circle = circle(Set.of(TestUnit.KARLSTAD_LSS), consent);
		UUID principal = unit.viewer().principalId();
		LocalDate until = VisibilityPolicy.sharedUntil(circle, principal);
		for (LocalDate day = TODAY; day.isBefore(TODAY.plusYears(1)); day = day.plusDays(1)) {
			assertThat(until != null && !day.isAfter(until)).as("shared on %s", day)
				.isEqualTo(VisibilityPolicy.sharedWith(circle, principal, day));
		}
	}

	@ParameterizedTest(name = "consent={0}")
	@EnumSource(ConsentState.class)
	void R1_the_principals_shared_with_are_exactly_those_shared_with_one_by_one(ConsentState consent) {
		Circle circle = circle(Set.of(TestUnit.KARLSTAD_LSS), consent);
		Set<UUID> shared = VisibilityPolicy.principalsSharedWith(circle, TODAY);
		for (TestUnit other : TestUnit.values()) {
			UUID principal = other.viewer().principalId();
			assertThat(shared.contains(principal)).as("%s's principal", other)
				.isEqualTo(VisibilityPolicy.sharedWith(circle, principal, TODAY));
		}
	}

	@Test
	void R1_another_principals_unit_sees_nothing_without_consent() {
		Circle circle = circle(Set.of(TestUnit.KARLSTAD_LSS, TestUnit.BUH), ConsentState.NONE);
		assertThat(VisibilityPolicy.maySee(circle, TestUnit.BUH.viewer(), TODAY)).isFalse();
	}

	@Test
	void R1_a_revoked_consent_stops_sharing_at_once() {
		Consent consent = ConsentState.adult(
				new Parties(UUID.randomUUID(), UUID.randomUUID(), KARLSTAD, REGION, ARVIKA), TODAY, null, KARLSTAD,
				REGION);
		Circle circle = new Circle(TestUnit.KARLSTAD_LSS.id, KARLSTAD,
				Set.of(TestUnit.KARLSTAD_LSS.id, TestUnit.BUH.id), List.of(consent));
		assertThat(VisibilityPolicy.maySee(circle, TestUnit.BUH.viewer(), TODAY)).isTrue();
		consent.revoke("Återkallat", UUID.randomUUID(), Instant.parse("2026-11-25T08:00:00Z"));
		assertThat(VisibilityPolicy.maySee(circle, TestUnit.BUH.viewer(), TODAY)).isFalse();
	}

	@ParameterizedTest(name = "participants of {0} with consent {1} -> may share={2}")
	@CsvSource({ "KARLSTAD,               NONE,                   true",
			"REGION,                 NONE,                   true",
			"KARLSTAD REGION,        NONE,                   false",
			"KARLSTAD REGION,        ACTIVE_KARLSTAD_REGION, true",
			"KARLSTAD REGION ARVIKA, ACTIVE_KARLSTAD_REGION, false",
			"KARLSTAD REGION ARVIKA, ACTIVE_ALL_THREE,       true",
			"KARLSTAD REGION,        REVOKED_KARLSTAD_REGION, false" })
	void R1_staff_of_more_than_one_principal_share_only_under_a_consent_covering_them_all(String principals,
			ConsentState consent, boolean mayShare) {
		Map<String, UUID> byName = Map.of("KARLSTAD", KARLSTAD, "REGION", REGION, "ARVIKA", ARVIKA);
		List<UUID> ids = java.util.Arrays.stream(principals.split(" ")).map(byName::get).toList();
		assertThat(VisibilityPolicy.mayShareAmong(circle(Set.of(TestUnit.KARLSTAD_LSS), consent), ids, TODAY))
			.isEqualTo(mayShare);
	}

	@Test
	void L4_a_protected_identitys_name_is_seen_only_by_the_registering_unit() {
		Circle circle = circle(Set.of(TestUnit.KARLSTAD_LSS, TestUnit.KARLSTAD_OTHER, TestUnit.BUH),
				ConsentState.ACTIVE_KARLSTAD_REGION);
		assertThat(VisibilityPolicy.seesName(circle, TestUnit.KARLSTAD_LSS.viewer(), true)).isTrue();
		assertThat(VisibilityPolicy.seesName(circle, TestUnit.KARLSTAD_OTHER.viewer(), true)).isFalse();
		assertThat(VisibilityPolicy.seesName(circle, TestUnit.BUH.viewer(), true)).isFalse();
		assertThat(VisibilityPolicy.seesName(circle, TestUnit.BUH.viewer(), false)).isTrue();
	}

}
