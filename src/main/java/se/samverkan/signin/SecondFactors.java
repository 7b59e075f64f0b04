package se.samverkan.signin;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.shared.DemoMode;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * The second factor of local accounts (L9): a TOTP secret enrolled with a QR code, ten
 * recovery codes, and the rule whether an account must have one. Each code is accepted
 * once: the last time step used is stored, and a recovery code is spent when used.
 */
@Service
public class SecondFactors {

	static final int RECOVERY_CODES = 10;

	private static final String ISSUER = "Samverkan";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final boolean required;

	SecondFactors(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, SignInSettings settings,
			Environment environment) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.required = switch (settings.secondFactor().toLowerCase(Locale.ROOT)) {
			case "required" -> true;
			case "optional" -> false;
			case "auto" -> !DemoMode.enabled(environment);
			default -> throw new IllegalStateException(
					"samverkan.signin.second-factor must be auto, required or optional, not "
							+ settings.secondFactor());
		};
	}

	/**
	 * @return whether every local account must sign in with a one-time code
	 */
	public boolean requiredForEveryone() {
		return this.required;
	}

	@Transactional(readOnly = true)
	public boolean enrolled(UUID staffId) {
		return this.jdbc.sql("select count(*) from signin_second_factor where staff_id = :id")
			.param("id", staffId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * @return a new secret to show while enrolling; nothing is stored yet
	 */
	public String newSecret() {
		return Totp.newSecret();
	}

	/**
	 * Enrols the secret when the code from the app matches it.
	 * @return the recovery codes, shown once
	 */
	@Transactional
	public List<String> enrol(UUID staffId, String actor, String secret, String code) {
		OptionalLong step = Totp.matchingStep(secret, normalise(code), this.clock.instant());
		if (step.isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "signin.code.wrong");
		}
		this.jdbc.sql("delete from signin_recovery_code where staff_id = :id").param("id", staffId).update();
		this.jdbc.sql("delete from signin_second_factor where staff_id = :id").param("id", staffId).update();
		this.jdbc.sql("""
				insert into signin_second_factor (staff_id, secret, enrolled_at, last_used_step)
				values (:id, :secret, :at, :step)
				""")
			.param("id", staffId)
			.param("secret", secret)
			.param("at", now())
			.param("step", step.getAsLong())
			.update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String recovery = recoveryCode();
			codes.add(recovery);
			this.jdbc.sql("insert into signin_recovery_code (staff_id, code_hash) values (:id, :hash)")
				.param("id", staffId)
				.param("hash", sha256(recovery))
				.update();
		}
		this.events.publishEvent(new SecondFactorChanged(actor, staffId, true));
		return codes;
	}

	/**
	 * Checks a one-time code or a recovery code and spends it.
	 * @return whether it was right and not used before
	 */
	@Transactional
	public boolean verify(UUID staffId, String code) {
		Optional<String> secret = this.jdbc.sql("select secret from signin_second_factor where staff_id = :id")
			.param("id", staffId)
			.query(String.class)
			.optional();
		if (secret.isEmpty() || code == null) {
			return false;
		}
		String clean = normalise(code);
		OptionalLong step = Totp.matchingStep(secret.get(), clean, this.clock.instant());
		if (step.isPresent()) {
			// Only a later step than the last one used: a code seen once is refused.
			return this.jdbc.sql("""
					update signin_second_factor set last_used_step = :step
					where staff_id = :id and last_used_step < :step
					""").param("step", step.getAsLong()).param("id", staffId).update() == 1;
		}
		return this.jdbc.sql("""
				update signin_recovery_code set used_at = :at
				where staff_id = :id and code_hash = :hash and used_at is null
				""").param("at", now()).param("id", staffId).param("hash", sha256(clean)).update() == 1;
	}

	/**
	 * @return how many recovery codes are left
	 */
	@Transactional(readOnly = true)
	public long recoveryCodesLeft(UUID staffId) {
		return this.jdbc.sql("select count(*) from signin_recovery_code where staff_id = :id and used_at is null")
			.param("id", staffId)
			.query(Long.class)
			.single();
	}

	/**
	 * Removes the second factor: by its owner, or by an administrator for a lost phone.
	 */
	@Transactional
	public void remove(UUID staffId, String actor) {
		this.jdbc.sql("delete from signin_recovery_code where staff_id = :id").param("id", staffId).update();
		if (this.jdbc.sql("delete from signin_second_factor where staff_id = :id").param("id", staffId).update() > 0) {
			this.events.publishEvent(new SecondFactorChanged(actor, staffId, false));
		}
	}

	/**
	 * @return the {@code otpauth://} address that authenticator apps read
	 */
	static String otpauthUri(String username, String secret) {
		String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER + "&algorithm=SHA1&digits="
				+ Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
	}

	/**
	 * @return the QR code of the address as a PNG {@code data:} URI, drawn on the server
	 */
	static String qrCode(String otpauthUri) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(otpauthUri, BarcodeFormat.QR_CODE, 240, 240,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
			BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
			for (int x = 0; x < matrix.getWidth(); x++) {
				for (int y = 0; y < matrix.getHeight(); y++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xffffff);
				}
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String normalise(String code) {
		return (code != null) ? code.strip().replace(" ", "").toLowerCase(Locale.ROOT) : "";
	}

	private static String recoveryCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
		}
		return code.toString();
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private OffsetDateTime now() {
		Instant now = this.clock.instant();
		return OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
	}

}
