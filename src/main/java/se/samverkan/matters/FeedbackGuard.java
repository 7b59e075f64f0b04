package se.samverkan.matters;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * Protects the public feedback form (R14) from floods and robots.
 * <ul>
 * <li><b>Rate limit per client address</b>: a fixed window counted in the database (table
 * {@code feedback_rate_window}), because several instances share one database but not
 * their memory; an in-memory bucket (e.g. Bucket4j without a distributed backend) would
 * let each instance allow the limit again. The address is stored only as a salted hash,
 * and windows older than a day are removed as new ones start.</li>
 * <li><b>Minimum fill time</b>: the page's form carries a signed time stamp; a form sent
 * sooner than a person can type is a robot's.</li>
 * </ul>
 * The honeypot field and the size limits are checked by the form and
 * {@link Matter#report}.
 */
@Component
public class FeedbackGuard {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final FeedbackProperties properties;

	FeedbackGuard(JdbcClient jdbc, Clock clock, FeedbackProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Counts one request from the address, in its own transaction so that the count
	 * stands even when the feedback is refused.
	 * @throws DomainException {@code rate-limited} beyond the limit of the window
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void count(String clientAddress) {
		Instant now = this.clock.instant();
		long windowSeconds = Math.max(1, this.properties.window().toSeconds());
		Instant start = Instant.ofEpochSecond((now.getEpochSecond() / windowSeconds) * windowSeconds);
		OffsetDateTime window = start.atOffset(ZoneOffset.UTC);
		String key = hash(clientAddress);
		int updated = increment(key, window);
		if (updated == 0) {
			this.jdbc.sql("delete from feedback_rate_window where window_start < :old")
				.param("old", now.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC))
				.update();
			try {
				this.jdbc.sql("""
						insert into feedback_rate_window (client_key, window_start, requests)
						values (:key, :window, 1)
						""").param("key", key).param("window", window).update();
			}
			catch (DuplicateKeyException ex) {
				increment(key, window);
			}
		}
		int requests = this.jdbc
			.sql("select requests from feedback_rate_window where client_key = :key and window_start = :window")
			.param("key", key)
			.param("window", window)
			.query(Integer.class)
			.single();
		if (requests > this.properties.maxRequests()) {
			throw new DomainException(ErrorCode.RATE_LIMITED, "error.feedback.rate-limited");
		}
	}

	private int increment(String key, OffsetDateTime window) {
		return this.jdbc.sql("""
				update feedback_rate_window set requests = requests + 1
				where client_key = :key and window_start = :window
				""").param("key", key).param("window", window).update();
	}

	/** A signed time stamp for a form shown now. */
	public String token() {
		return token(this.clock.instant());
	}

	/** A signed time stamp for a form shown at {@code shownAt}. */
	public String token(Instant shownAt) {
		String millis = Long.toString(shownAt.toEpochMilli());
		return millis + "." + sign(millis);
	}

	/**
	 * Whether a person could have filled in the form: the token is ours, and the form was
	 * shown long enough ago, but not too long.
	 */
	public boolean filledInByAPerson(String token) {
		if (token == null) {
			return false;
		}
		int dot = token.indexOf('.');
		if (dot < 1) {
			return false;
		}
		String millis = token.substring(0, dot);
		if (!MessageDigest.isEqual(sign(millis).getBytes(StandardCharsets.US_ASCII),
				token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
			return false;
		}
		Instant shownAt;
		try {
			shownAt = Instant.ofEpochMilli(Long.parseLong(millis));
		}
		catch (NumberFormatException ex) {
			return false;
		}
		Duration age = Duration.between(shownAt, this.clock.instant());
		return age.compareTo(this.properties.minFillTime()) >= 0 && age.compareTo(this.properties.maxFormAge()) <= 0;
	}

	private String sign(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String hash(String clientAddress) {
		return sign("client:" + ((clientAddress != null) ? clientAddress : "unknown"));
	}

}
