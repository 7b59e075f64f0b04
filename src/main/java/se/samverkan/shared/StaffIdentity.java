package se.samverkan.shared;

import java.util.UUID;

/**
 * The signed-in staff member as modules see them that cannot depend on the organisation
 * module (which depends on them): just the id. Pages and endpoints read it with
 * {@code @AuthenticationPrincipal StaffIdentity me}.
 */
public interface StaffIdentity {

	UUID staffId();

}
