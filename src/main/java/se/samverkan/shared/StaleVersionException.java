package se.samverkan.shared;

/**
 * Somebody else saved first: the version the caller edited is no longer the current one.
 */
public class StaleVersionException extends DomainException {

	public StaleVersionException() {
		super(ErrorCode.STALE_VERSION);
	}

	/**
	 * Refuses the change when the caller sent a version and it is not the current one.
	 */
	public static void check(Integer expected, Integer current) {
		if (expected != null && !expected.equals(current)) {
			throw new StaleVersionException();
		}
	}

}
