package se.samverkan.organisation;

/**
 * What a unit (verksamhet) does: LSS operations, child or adult habilitation, or other.
 */
public enum UnitKind {

	LSS, BUH, VH, OTHER;

	public boolean isHabilitation() {
		return this == BUH || this == VH;
	}

}
