package se.samverkan.matters;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public feedback form's protection ({@code samverkan.feedback.*}): at most
 * {@code maxRequests} per client address in each {@code window}; a form sent sooner than
 * {@code minFillTime} after it was shown, or later than {@code maxFormAge}, is taken for
 * a robot; {@code secret} signs the form's time stamp and salts the stored address hashes
 * (set it to the same value on every instance; without it each start picks a random one).
 */
@ConfigurationProperties("samverkan.feedback")
public record FeedbackProperties(Integer maxRequests, Duration window, Duration minFillTime, Duration maxFormAge,
		String secret) {

	public FeedbackProperties {
		maxRequests = (maxRequests != null) ? maxRequests : 5;
		window = (window != null) ? window : Duration.ofMinutes(10);
		minFillTime = (minFillTime != null) ? minFillTime : Duration.ofSeconds(3);
		maxFormAge = (maxFormAge != null) ? maxFormAge : Duration.ofHours(12);
		secret = (secret == null || secret.isBlank()) ? java.util.UUID.randomUUID().toString() : secret;
	}

}
