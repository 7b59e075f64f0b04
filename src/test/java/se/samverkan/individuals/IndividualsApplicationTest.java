package se.samverkan.individuals;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.organisation.Directory;

/**
 * The set-up the tests of persons' records against the whole application share: MockMvc,
 * the directory, the clock and SQL, and a fresh {@link IndividualsFixture} for each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class IndividualsApplicationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	IndividualsFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new IndividualsFixture(this.mvc, this.directory, this.clock);
	}

}
