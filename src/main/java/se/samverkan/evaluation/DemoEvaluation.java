package se.samverkan.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DemoContent;

/** The demo's open evaluation of this year, with two anonymous answers (R16). */
@Component
@DemoContent
@Order(53)
class DemoEvaluation implements ApplicationRunner {

	private final EvaluationManagement evaluations;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoEvaluation(EvaluationManagement evaluations, Directory directory, JdbcClient jdbc, Clock clock) {
		this.evaluations = evaluations;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from evaluation").query(Long.class).single() > 0) {
			return;
		}
		SignedInStaff convener = this.directory.account("vh.samordnare").orElse(null);
		SignedInStaff member = this.directory.account("mar.arvika").orElse(null);
		if (convener == null || member == null || !this.evaluations.mayOpen(convener)) {
			return;
		}
		EvaluationResults opened = this.evaluations.open(convener, LocalDate.now(this.clock).getYear());
		this.evaluations.respond(member, opened.id(),
				answers(4, "Arbetsgruppen om korttidsvistelse har gett resultat."));
		this.evaluations.respond(convener, opened.id(), answers(3, null));
	}

	private static Map<String, EvaluationManagement.Answer> answers(int score, String comment) {
		Map<String, EvaluationManagement.Answer> answers = new LinkedHashMap<>();
		for (Question question : Question.values()) {
			answers.put(question.id(),
					new EvaluationManagement.Answer(score, (question == Question.RESULTS) ? comment : null));
		}
		return answers;
	}

}
