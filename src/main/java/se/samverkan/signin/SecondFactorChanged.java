package se.samverkan.signin;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** A staff member enrolled or removed the one-time codes of their account. */
record SecondFactorChanged(String actor, UUID aggregateId, boolean enrolled) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "StaffMember";
	}

	@Override
	public String action() {
		return this.enrolled ? "SecondFactorEnrolled" : "SecondFactorRemoved";
	}

}
