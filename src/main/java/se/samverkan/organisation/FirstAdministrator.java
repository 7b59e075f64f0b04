package se.samverkan.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.shared.DemoMode;

/**
 * Outside the demo, the first administrator is created from the environment: without
 * {@code SAMVERKAN_ADMIN_PASSWORD} (at least 12 characters, not the demo password) an
 * empty production database refuses to start, so that no installation ever has a known
 * password.
 */
@Component
@Order(-10)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Staff staff;

	private final Principals principals;

	private final Units units;

	private final PasswordEncoder passwords;

	private final Environment environment;

	private final Settings settings;

	FirstAdministrator(Staff staff, Principals principals, Units units, PasswordEncoder passwords,
			Environment environment, Settings settings) {
		this.staff = staff;
		this.principals = principals;
		this.units = units;
		this.passwords = passwords;
		this.environment = environment;
		this.settings = settings;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (DemoMode.enabled(this.environment)) {
			return;
		}
		refuseDemoPasswords();
		if (this.staff.existsByAdministratorTrue()) {
			return;
		}
		String password = this.settings.password();
		if (password == null || password.isBlank()) {
			throw new IllegalStateException("No administrator exists yet: set SAMVERKAN_ADMIN_PASSWORD "
					+ "(at least 12 characters) to create the first one, user name " + this.settings.username());
		}
		if (password.length() < PasswordPolicy.MIN_LENGTH || password.equalsIgnoreCase(DemoOrganisation.DEMO_PASSWORD)
				|| PasswordPolicy.isCommon(password, this.settings.username())) {
			throw new IllegalStateException("SAMVERKAN_ADMIN_PASSWORD must have at least 12 characters and must not "
					+ "be a demo password or one of the most common passwords");
		}
		Principal principal = this.principals.findByName(this.settings.principal())
			.orElseGet(() -> this.principals.save(Principal.register(this.settings.principal(), PrincipalKind.REGION)));
		Unit unit = this.units.save(Unit.establish(principal.id(), "Administration", UnitKind.OTHER, false));
		this.staff.save(StaffMember.open(this.settings.username(),
				new StaffProfile("Administratör", null, unit.id(), null, Set.of(), true),
				this.passwords.encode(password)));
		log.info("Created the first administrator account");
	}

	/**
	 * A production start refuses a database in which an active account still signs in
	 * with the demo password: the demo accounts and every administrator are checked (a
	 * bounded number of adaptive hashes), read without reading every account.
	 */
	private void refuseDemoPasswords() {
		List<String> found = new ArrayList<>();
		for (StaffMember member : this.staff.findDemoPasswordCandidates()) {
			boolean candidate = member.administrator() || DemoOrganisation.isDemoUsername(member.username());
			if (candidate && this.passwords.matches(DemoOrganisation.DEMO_PASSWORD, member.passwordHash())) {
				found.add(member.username());
			}
		}
		if (!found.isEmpty()) {
			throw new IllegalStateException("Refusing to start in production: these accounts still have the demo "
					+ "password: " + String.join(", ", found) + ". Set new passwords or deactivate them first.");
		}
	}

	/**
	 * {@code samverkan.admin.*}: the first administrator of a production installation.
	 */
	@ConfigurationProperties("samverkan.admin")
	record Settings(String username, String password, String principal) {

		Settings {
			username = (username == null || username.isBlank()) ? "admin" : username;
			principal = (principal == null || principal.isBlank()) ? "Region Värmland" : principal;
		}

	}

}
