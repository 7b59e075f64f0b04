package se.samverkan.signin;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** An administrator lifted a sign-in lock. */
record SignInLockLifted(String actor, UUID lockId, String key) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "SignInLock";
	}

	@Override
	public UUID aggregateId() {
		return UUID.nameUUIDFromBytes(this.key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Override
	public String summary() {
		return "lifted " + this.key;
	}

}
