package se.samverkan.activityplans;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.organisation.Directory;

/**
 * The set-up the yearly cycle's tests against the whole application share: MockMvc, the
 * directory, SQL and the clock, and a fresh {@link YearlyFixture} for each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class YearlyApplicationTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected Directory directory;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected Clock clock;

	protected YearlyFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new YearlyFixture(this.mvc, this.directory);
	}

}
