package se.samverkan.individuals;

import java.time.LocalDate;
import java.util.Collection;
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
