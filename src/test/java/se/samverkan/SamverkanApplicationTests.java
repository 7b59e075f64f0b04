package se.samverkan;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.PrincipalKind;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class SamverkanApplicationTests {

	@Autowired
	Directory directory;

	@Test
	void demo_data_holds_region_varmland_and_the_sixteen_municipalities() {
		assertThat(this.directory.principals(PrincipalKind.MUNICIPALITY)).hasSize(16);
		assertThat(this.directory.principals(PrincipalKind.REGION)).extracting(Directory.PrincipalView::name)
			.containsExactly("Region Värmland");
	}

}
