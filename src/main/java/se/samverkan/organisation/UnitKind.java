package se.samverkan.organisation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a unit (verksamhet) does: LSS operations, child or adult habilitation, or other.
 */
public enum UnitKind {

	LSS, BUH, VH, OTHER;

	/** The region's habilitation: BUH for children, VH for adults. */
	public static final Set<UnitKind> HABILITATION = Collections.unmodifiableSet(EnumSet.of(BUH, VH));

	public boolean isHabilitation() {
		return this == BUH || this == VH;
	}

}
