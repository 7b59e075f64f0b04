package se.samverkan.signin;

import java.util.UUID;

import se.samverkan.shared.Actor;
import se.samverkan.shared.AuditableEvent;

/** Too many failed sign-ins locked an account name or a client address for a while. */
record SignInLocked(String key) implements AuditableEvent {

	@Override
	public String actor() {
		return Actor.SYSTEM;
	}

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
		return "locked " + this.key;
	}

}
