package se.samverkan.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * What a password of a local account must be: at least {@value #MIN_LENGTH} characters,
 * at most {@value #MAX_BYTES} bytes of UTF-8 (what the hash holds), not one of the most
 * common passwords, not the user name and not one character repeated.
 */
public final class PasswordPolicy {

	/** Shortest password accepted. */
	public static final int MIN_LENGTH = 12;

	/** Longest password, in bytes of UTF-8. */
	public static final int MAX_BYTES = 72;

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/**
	 * @param password the password chosen
	 * @param username the account's user name, or {@code null}
	 * @throws DomainException ({@code validation-failed}) naming the rule broken
	 */
	public static void check(String password, String username) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.password-too-short", MIN_LENGTH);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.password-too-long", MAX_BYTES);
		}
		if (isCommon(password, username)) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.password-too-common");
		}
	}

	/**
	 * @param password a password
	 * @param username the account's user name, or {@code null}
	 * @return whether the password is one of the most common ones, the user name, or one
	 * character repeated
	 */
	public static boolean isCommon(String password, String username) {
		String lower = password.strip().toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || lower.chars().distinct().count() <= 2) {
			return true;
		}
		if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return true;
		}
		String letters = lower.replaceAll("[^\\p{L}]", "");
		return letters.length() >= 4 && COMMON.stream()
			.anyMatch((common) -> common.replaceAll("[^\\p{L}]", "").equals(letters)
					&& lower.replaceAll("[\\p{L}]", "").matches("[0-9!@#?.]*"));
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("organisation/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
