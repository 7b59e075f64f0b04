package se.samverkan.individuals;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see a person (R1, L4), in one place.
 * <ul>
 * <li>A unit sees a person only while it is involved with them: it registered them, gives
 * an intervention, took part in a contact, or sent or received a referral.</li>
 * <li>A unit of another principal than the registering unit's sees them only while an
 * active consent covers both principals.</li>
 * <li>With protected identity, the name is hidden from all but the registering unit
 * (L4).</li>
 * </ul>
 */
public final class VisibilityPolicy {

	/**
	 * {@link #maySee} in SQL, for lists paged in the database: a condition on a row
	 * {@code p} of {@code person}, with the parameters {@code :viewerUnit},
	 * {@code :viewerPrincipal} and {@code :today}. It must agree with {@link #maySee} on
	 * every case of the policy's table ({@code VisibilityPolicySqlTests} proves it): the
	 * viewer's unit is involved, and the viewer's principal is the registering unit's or
	 * an active consent (not revoked, not past its end date, a guardian's not past the
	 * 18th birthday — see {@link Consent#isActiveOn}) covers both principals.
	 */
	public static final String MAY_SEE_SQL = "exists (select 1 from person_involvement vi"
			+ " where vi.person_id = p.id and vi.unit_id = :viewerUnit) and " + VisibilityPolicy.SHARED_WITH_VIEWER_SQL;

	/**
	 * The second half of {@link #MAY_SEE_SQL}, {@link #sharedWith} in SQL: the viewer's
	 * principal is the registering unit's or an active consent covers both principals.
	 * Lists that start from the viewer's involvements (and so need no test of them) page
	 * on it in index order.
	 */
	public static final String SHARED_WITH_VIEWER_SQL = """
			exists (select 1 from unit vr where vr.id = p.registered_by_unit_id
			  and (vr.principal_id = :viewerPrincipal
			       or exists (select 1 from consent vc
			                  join consent_principal vc1 on vc1.consent_id = vc.id and vc1.principal_id = vr.principal_id
			                  join consent_principal vc2 on vc2.consent_id = vc.id and vc2.principal_id = :viewerPrincipal
			                  where vc.person_id = p.id and vc.revoked_at is null
			                    and (vc.valid_until is null or vc.valid_until >= :today)
			                    and (vc.majority_on is null or vc.majority_on > :today))))
			""";

	/** "Without end" in {@link #sharedUntil}: a date the database can store. */
	public static final LocalDate FOREVER = LocalDate.of(9999, 12, 31);

	private VisibilityPolicy() {
	}

	/** Whether the unit may see the person on that date. */
	public static boolean maySee(Circle circle, Viewer viewer, LocalDate today) {
		return circle.involvedUnitIds().contains(viewer.unitId()) && sharedWith(circle, viewer.principalId(), today);
	}

	/**
	 * Whether the person's data may reach the principal: the registering principal
	 * always, another only while an active consent covers both.
	 */
	public static boolean sharedWith(Circle circle, UUID principalId, LocalDate today) {
		return principalId.equals(circle.registeringPrincipalId())
				|| activeConsentCovers(circle, Set.of(circle.registeringPrincipalId(), principalId), today);
	}

	/**
	 * The principals the person's data may reach on that date: exactly those for which
	 * {@link #sharedWith} holds — the registering principal and every principal an active
	 * consent names together with it. A form offers their units only.
	 */
	public static Set<UUID> principalsSharedWith(Circle circle, LocalDate today) {
		Set<UUID> principals = new HashSet<>();
		principals.add(circle.registeringPrincipalId());
		circle.consents()
			.stream()
			.filter((consent) -> consent.isActiveOn(today) && consent.covers(Set.of(circle.registeringPrincipalId())))
			.forEach((consent) -> principals.addAll(consent.principalIds()));
		return principals;
	}

	/**
	 * The last day the person's data may reach the principal ({@link #sharedWith} holds
	 * from today up to and including it, as long as no consent changes): {@link #FOREVER}
	 * for the registering principal and under a consent without end, else the latest end
	 * of a consent not revoked covering both; {@code null} when there is none. Kept on
	 * each involvement so that a unit's persons are counted from an index (a flag could
	 * not expire by itself at a consent's end or an 18th birthday).
	 */
	public static LocalDate sharedUntil(Circle circle, UUID principalId) {
		if (principalId.equals(circle.registeringPrincipalId())) {
			return FOREVER;
		}
		Set<UUID> both = Set.of(circle.registeringPrincipalId(), principalId);
		return circle.consents()
			.stream()
			.filter((consent) -> consent.revokedAt() == null && consent.covers(both))
			.map((consent) -> (consent.endsOn() != null) ? consent.endsOn() : FOREVER)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	/**
	 * Whether staff of these principals may share information about the person, e.g. in a
	 * contact (R1): one principal alone always, more only with an active consent covering
	 * them all.
	 */
	public static boolean mayShareAmong(Circle circle, Collection<UUID> principalIds, LocalDate today) {
		Set<UUID> principals = Set.copyOf(principalIds);
		return principals.size() <= 1 || activeConsentCovers(circle, principals, today);
	}

	/** Whether the unit sees the name (and later the address) (L4). */
	public static boolean seesName(Circle circle, Viewer viewer, boolean protectedIdentity) {
		return !protectedIdentity || viewer.unitId().equals(circle.registeringUnitId());
	}

	private static boolean activeConsentCovers(Circle circle, Set<UUID> principals, LocalDate today) {
		return circle.consents()
			.stream()
			.anyMatch((consent) -> consent.isActiveOn(today) && consent.covers(principals));
	}

	/**
	 * What decides who sees a person: the registering unit and its principal, the units
	 * involved and the consents.
	 */
	public record Circle(UUID registeringUnitId, UUID registeringPrincipalId, Set<UUID> involvedUnitIds,
			List<Consent> consents) {

		public Circle {
			involvedUnitIds = Set.copyOf(involvedUnitIds);
			consents = List.copyOf(consents);
		}

	}

	/** The unit someone looks from, with its principal. */
	public record Viewer(UUID unitId, UUID principalId) {
	}

}
