package se.samverkan;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules and their allowed dependencies hold; writes the module documentation. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SamverkanApplication.class);

	@Test
	void modules_respect_their_boundaries() {
		this.modules.verify();
	}

	@Test
	void writes_module_documentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
