package se.samverkan.organisation;

/**
 * The functions a staff member holds; they decide what the person may do in the
 * agreement.
 */
public enum StaffFunction {

	CASE_WORKER, HEAD_OF_OPERATIONS, MANAGER, OPERATIONS_DEVELOPER, MAR, MAS, CONVENER;

	public boolean isManagerial() {
		return this == MANAGER || this == HEAD_OF_OPERATIONS;
	}

}
