package se.samverkan.signin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One-time codes exactly as RFC 6238 specifies them (its appendix B test vectors). */
class TotpTests {

	private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	@DisplayName("L9 the RFC 6238 test vectors for HMAC-SHA1")
	void l9Rfc6238TestVectors() {
		assertThat(code(59)).isEqualTo("94287082");
		assertThat(code(1111111109)).isEqualTo("07081804");
		assertThat(code(1111111111)).isEqualTo("14050471");
		assertThat(code(1234567890)).isEqualTo("89005924");
		assertThat(code(2000000000)).isEqualTo("69279037");
		assertThat(code(20000000000L)).isEqualTo("65353130");
	}

	@Test
	@DisplayName("L9 a code of the step before or after is accepted for clock drift, older ones are not")
	void l9ClockDrift() {
		String secret = Totp.base32(SEED);
		Instant now = Instant.ofEpochSecond(1234567890);
		long step = Totp.step(now);
		String previous = Totp.code(SEED, step - 1, 6, "HmacSHA1");
		String older = Totp.code(SEED, step - 2, 6, "HmacSHA1");

		assertThat(Totp.matchingStep(secret, previous, now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(secret, Totp.code(SEED, step, 6, "HmacSHA1"), now)).hasValue(step);
		if (!older.equals(previous)) {
			assertThat(Totp.matchingStep(secret, older, now)).isEmpty();
		}
		assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
		assertThat(Totp.matchingStep(secret, "abcdef", now)).isEmpty();
	}

	@Test
	void base32RoundTrip() {
		assertThat(Totp.base32(SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.fromBase32("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ")).isEqualTo(SEED);
		assertThat(Totp.fromBase32(Totp.newSecret())).hasSize(20);
	}

	@Test
	void theEnrolmentAddressIsWhatAuthenticatorAppsRead() {
		assertThat(SecondFactors.otpauthUri("lss.karlstad", "ABC")).isEqualTo(
				"otpauth://totp/Samverkan%3Alss.karlstad?secret=ABC&issuer=Samverkan&algorithm=SHA1&digits=6&period=30");
		assertThat(SecondFactors.qrCode("otpauth://totp/x")).startsWith("data:image/png;base64,iVBOR");
	}

	private static String code(long seconds) {
		return Totp.code(SEED, Totp.step(Instant.ofEpochSecond(seconds)), 8, "HmacSHA1");
	}

}
