package se.samverkan.evaluation;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.activityplans.YearlyApplicationTest;
import se.samverkan.activityplans.YearlyFixture;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evaluations' page and the API's list take as many SQL statements for two more years
 * of answered evaluations as before them (issue 7): the results of every year are read
 * together, not twelve statements a year; each year in the list is that year read on its
 * own. The evaluations are rolled back with the test's transaction.
 */
@Import(CountingDataSource.Installed.class)
@Transactional
class EvaluationReadStatementCountTests extends YearlyApplicationTest {

	private static final List<String> QUESTIONS = List.of("RESULTS", "WORKING_FORMS", "MEETINGS", "WORKING_GROUPS",
			"INFORMATION");

	@Test
	@DisplayName("R16 the evaluations page and the API's list take no statement per year")
	void listsTakeAConstantNumberOfStatements() throws Exception {
		evaluation(2093, 4, "Tydligare ansvar");
		long page = statements("/evaluations");
		long api = statements("/api/v1/evaluations");

		String later = evaluation(2094, 2, "Fler möten");
		evaluation(2095, 5, null);
		String list = this.mvc.perform(get("/api/v1/evaluations").with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String alone = this.mvc.perform(get("/api/v1/evaluations/{id}", later).with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Object listed = JsonPath.read(list, "$.items[?(@.id == '" + later + "')]");
		assertThat(listed).isEqualTo(JsonPath.read("[" + alone + "]", "$[*]"));
		assertThat(JsonPath.<Double>read(alone, "$.questions[0].average")).isEqualTo(2.0);
		assertThat(JsonPath.<List<String>>read(alone, "$.questions[0].comments")).containsExactly("Fler möten");

		assertThat(statements("/evaluations")).as("the evaluations page, two years more").isEqualTo(page);
		assertThat(statements("/api/v1/evaluations")).as("the API's list, two years more").isEqualTo(api);
	}

	/**
	 * A year's evaluation answered by one steering-group member with one score
	 * throughout.
	 */
	private String evaluation(int year, int score, String comment) throws Exception {
		String id = YearlyFixture.id(this.mvc
			.perform(this.fixture.json(post("/api/v1/evaluations"), "buh.samordnare", "{\"year\":" + year + "}"))
			.andExpect(status().isCreated())
			.andReturn());
		StringBuilder answers = new StringBuilder();
		for (String question : QUESTIONS) {
			answers.append((answers.length() > 0) ? "," : "")
				.append("{\"questionId\":\"%s\",\"score\":%d%s}".formatted(question, score,
						(comment != null && question.equals("RESULTS")) ? ",\"comment\":\"" + comment + "\"" : ""));
		}
		this.mvc
			.perform(this.fixture.json(post("/api/v1/evaluations/{id}/responses", id), "mar.karlstad",
					"{\"answers\":[" + answers + "]}"))
			.andExpect(status().isCreated());
		return id;
	}

	private long statements(String path) throws Exception {
		return CountingDataSource.statementsOf(this.mvc, get(path).with(this.fixture.as("lss.karlstad")));
	}

}
