package se.samverkan.shared;

import java.util.Arrays;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether demo data and demo accounts are loaded: {@code samverkan.demo.mode} is
 * {@code auto} (the default: only on the embedded H2 database and never with profile
 * {@code prod}), {@code on} (the test suite on PostgreSQL) or {@code off}. Profile
 * {@code prod} always wins.
 */
public final class DemoMode {

	private DemoMode() {
	}

	public static boolean enabled(Environment environment) {
		if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
			return false;
		}
		String mode = environment.getProperty("samverkan.demo.mode", "auto");
		return switch (mode) {
			case "on" -> true;
			case "off" -> false;
			case "auto" -> environment.getProperty("spring.datasource.url", "jdbc:h2:").startsWith("jdbc:h2:");
			default -> throw new IllegalStateException("samverkan.demo.mode must be auto, on or off, not " + mode);
		};
	}

	static final class Condition implements org.springframework.context.annotation.Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return enabled(context.getEnvironment());
		}

	}

}
