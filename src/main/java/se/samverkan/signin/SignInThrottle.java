package se.samverkan.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static se.samverkan.shared.Timestamps.instant;

/**
 * Slows down and then locks repeated failed sign-ins, per account name (whether the
 * account exists or not, so that the answer never tells) and per client address. The
 * state is in the database so that every instance sees it.
 */
@Service
public class SignInThrottle {

	static final String ACCOUNT = "account:";

	static final String ADDRESS = "address:";

	private static final Duration MAX_DELAY = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SignInSettings.Throttle settings;

	private final ApplicationEventPublisher events;

	SignInThrottle(JdbcClient jdbc, Clock clock, SignInSettings settings, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings.throttle();
		this.events = events;
	}

	/**
	 * @param username the name tried
	 * @param address the client address, or {@code null}
	 * @return until when no sign-in is tried for this name or from this address, if that
	 * is in the future
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> blockedUntil(String username, String address) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("select blocked_until from signin_throttle where throttle_key in (:keys)")
			.param("keys", keys(username, address))
			.query((rs, row) -> instant(rs, "blocked_until"))
			.list()
			.stream()
			.filter((until) -> until != null && until.isAfter(now))
			.max(Instant::compareTo);
	}

	/**
	 * Counts a failed sign-in (or a wrong one-time code) for the name and the address.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username, String address) {
		fail(accountKey(username), this.settings.lockAfter());
		if (address != null) {
			fail(ADDRESS + address, this.settings.addressLockAfter());
		}
	}

	/** A successful sign-in forgets the account's failures (not the address's). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		this.jdbc.sql("delete from signin_throttle where throttle_key = :key and not locked")
			.param("key", accountKey(username))
			.update();
	}

	/**
	 * @return the locks in force, newest first
	 */
	@Transactional(readOnly = true)
	public List<Lock> locks() {
		return this.jdbc.sql("""
				select id, throttle_key, failures, last_failure_at, blocked_until from signin_throttle
				where locked and blocked_until > :now order by last_failure_at desc
				""").param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC)).query((rs, row) -> {
			String key = rs.getString("throttle_key");
			boolean account = key.startsWith(ACCOUNT);
			return new Lock(rs.getObject("id", UUID.class), account ? "ACCOUNT" : "ADDRESS",
					key.substring(account ? ACCOUNT.length() : ADDRESS.length()), rs.getInt("failures"),
					instant(rs, "last_failure_at"), instant(rs, "blocked_until"));
		}).list();
	}

	/**
	 * An administrator lifts a lock; the failures are forgotten.
	 * @return whether there was such a lock
	 */
	@Transactional
	public boolean lift(UUID id, String administrator) {
		Optional<String> key = this.jdbc.sql("select throttle_key from signin_throttle where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
		if (key.isEmpty()) {
			return false;
		}
		this.jdbc.sql("delete from signin_throttle where id = :id").param("id", id).update();
		this.events.publishEvent(new SignInLockLifted(administrator, id, key.get()));
		return true;
	}

	private void fail(String key, int lockAfter) {
		Instant now = this.clock.instant();
		Optional<Row> existing = this.jdbc
			.sql("select failures, last_failure_at, locked from signin_throttle where throttle_key = :key")
			.param("key", key)
			.query((rs, row) -> new Row(rs.getInt("failures"), instant(rs, "last_failure_at"), rs.getBoolean("locked")))
			.optional();
		int failures = existing
			.map((row) -> row.lastFailureAt().plus(this.settings.window()).isBefore(now) ? 1 : row.failures() + 1)
			.orElse(1);
		boolean locked = failures >= lockAfter;
		Instant blockedUntil = null;
		if (locked) {
			blockedUntil = now.plus(this.settings.lockPeriod());
		}
		else if (key.startsWith(ACCOUNT) && failures >= this.settings.slowAfter()) {
			Duration delay = Duration.ofSeconds(1L << Math.min(20, failures - this.settings.slowAfter() + 1));
			blockedUntil = now.plus((delay.compareTo(MAX_DELAY) > 0) ? MAX_DELAY : delay);
		}
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		OffsetDateTime until = (blockedUntil != null) ? OffsetDateTime.ofInstant(blockedUntil, ZoneOffset.UTC) : null;
		int updated = this.jdbc.sql("""
				update signin_throttle set failures = :failures, last_failure_at = :at, blocked_until = :until,
				       locked = :locked where throttle_key = :key
				""")
			.param("failures", failures)
			.param("at", at)
			.param("until", until)
			.param("locked", locked)
			.param("key", key)
			.update();
		if (updated == 0) {
			try {
				this.jdbc.sql("""
						insert into signin_throttle (id, throttle_key, failures, last_failure_at, blocked_until, locked)
						values (:id, :key, :failures, :at, :until, :locked)
						""")
					.param("id", UUID.randomUUID())
					.param("key", key)
					.param("failures", failures)
					.param("at", at)
					.param("until", until)
					.param("locked", locked)
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Another instance counted the same failure first; theirs stands.
			}
		}
		if (locked && existing.map((row) -> !row.locked()).orElse(true)) {
			this.events.publishEvent(new SignInLocked(key));
		}
	}

	static String accountKey(String username) {
		return ACCOUNT + ((username != null) ? username.strip().toLowerCase(Locale.ROOT) : "");
	}

	private static List<String> keys(String username, String address) {
		return (address != null) ? List.of(accountKey(username), ADDRESS + address) : List.of(accountKey(username));
	}

	private record Row(int failures, Instant lastFailureAt, boolean locked) {
	}

	/**
	 * A lock in force.
	 *
	 * @param id what lifts it
	 * @param kind {@code ACCOUNT} or {@code ADDRESS}
	 * @param subject the account name or the client address
	 */
	public record Lock(UUID id, String kind, String subject, int failures, Instant lastFailureAt, Instant lockedUntil) {

		/**
		 * @return when the lock ends, in Swedish time, for the page
		 */
		public java.time.ZonedDateTime endsInSweden() {
			return this.lockedUntil.atZone(java.time.ZoneId.of("Europe/Stockholm"));
		}

	}

}
