package se.samverkan.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.notification.Notice;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.AuditableEvent;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.PersonalIdentityNumber;
import se.samverkan.steeringgroup.SteeringGroup;

/**
 * The yearly evaluation (R16): a convener opens it for a year and the steering group's
 * members (who lead the working groups) are asked to answer; each answers once,
 * anonymously; everyone signed in reads the results.
 */
@Service
@Transactional
public class EvaluationManagement {

	static final int COMMENT_MAX = 2000;

	private final JdbcClient jdbc;

	private final SteeringGroup steeringGroup;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EvaluationManagement(JdbcClient jdbc, SteeringGroup steeringGroup, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.steeringGroup = steeringGroup;
		this.events = events;
		this.clock = clock;
	}

	/** Opens the evaluation of a year; one per year. */
	public EvaluationResults open(SignedInStaff me, int year) {
		if (!this.steeringGroup.isConvener(me.staffId()) && !me.isAdministrator()) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.evaluation.conveners-only");
		}
		if (year < 2013 || year > 2100) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.activity-plan.year-invalid");
		}
		if (forYear(year).isPresent()) {
			throw new DomainException(ErrorCode.CONFLICT, "error.evaluation.year-exists", year);
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into evaluation (id, eval_year, opened_by, opened_at, version)
				values (:id, :year, :by, :at, 0)
				""")
			.param("id", id)
			.param("year", year)
			.param("by", me.staffId())
			.param("at", OffsetDateTime.now(this.clock))
			.update();
		this.events
			.publishEvent(new EvaluationChanged(me.getUsername(), id, "EvaluationOpened", null, 0, "year " + year));
		Set<UUID> recipients = new HashSet<>(this.steeringGroup.convenerAndMemberStaffIds());
		if (!recipients.isEmpty()) {
			this.events.publishEvent(new Notice(recipients, "evaluation.notice.opened", List.of(String.valueOf(year)),
					"/evaluations/" + id));
		}
		return results(id);
	}

	/**
	 * Records one person's answers, anonymously: who answered is kept only to refuse a
	 * second answer.
	 */
	public UUID respond(SignedInStaff me, UUID evaluationId, Map<String, Answer> answers) {
		results(evaluationId);
		if (!mayRespond(me)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.evaluation.respondents-only");
		}
		for (Question question : Question.values()) {
			Answer answer = answers.get(question.id());
			if (answer == null) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.evaluation.answer-all");
			}
			if (answer.score() < 1 || answer.score() > 5) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.evaluation.score-invalid");
			}
			if (answer.comment() != null && answer.comment().strip().length() > COMMENT_MAX) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.too-long", COMMENT_MAX);
			}
			if (PersonalIdentityNumber.isContainedIn(answer.comment(), LocalDate.now(this.clock))) {
				throw new DomainException(ErrorCode.PERSONAL_DATA_NOT_ALLOWED);
			}
		}
		for (String questionId : answers.keySet()) {
			if (java.util.Arrays.stream(Question.values()).noneMatch((q) -> q.id().equals(questionId))) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.evaluation.question-unknown");
			}
		}
		try {
			this.jdbc.sql("insert into evaluation_respondent (evaluation_id, staff_id) values (:e, :s)")
				.param("e", evaluationId)
				.param("s", me.staffId())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new DomainException(ErrorCode.CONFLICT, "error.evaluation.already-answered");
		}
		UUID response = UUID.randomUUID();
		for (Question question : Question.values()) {
			Answer answer = answers.get(question.id());
			String comment = (answer.comment() == null || answer.comment().isBlank()) ? null : answer.comment().strip();
			this.jdbc.sql("""
					insert into evaluation_answer (evaluation_id, response_id, question_id, score, comment)
					values (:e, :r, :q, :s, :c)
					""")
				.param("e", evaluationId)
				.param("r", response)
				.param("q", question.id())
				.param("s", answer.score())
				.param("c", comment)
				.update();
		}
		// The audit trail records that an answer came, never from whom.
		this.events
			.publishEvent(new EvaluationChanged("anonymous", evaluationId, "EvaluationAnswered", null, null, ""));
		return response;
	}

	@Transactional(readOnly = true)
	public boolean mayRespond(SignedInStaff me) {
		return mayRespond(this.steeringGroup.standingOf(me.staffId()));
	}

	/** The steering group's members and conveners answer the evaluations (R16). */
	private static boolean mayRespond(SteeringGroup.Standing standing) {
		return standing.convenerOrMember();
	}

	/**
	 * How many evaluations the staff member, of that standing in the steering group, may
	 * answer and has not: an evaluation stays open for answers once opened.
	 */
	@Transactional(readOnly = true)
	public long unansweredBy(SignedInStaff me, SteeringGroup.Standing standing) {
		if (!mayRespond(standing)) {
			return 0;
		}
		return this.jdbc.sql("""
				select count(*) from evaluation e where not exists
				  (select 1 from evaluation_respondent r where r.evaluation_id = e.id and r.staff_id = :s)
				""").param("s", me.staffId()).query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public boolean mayOpen(SignedInStaff me) {
		return this.steeringGroup.isConvener(me.staffId()) || me.isAdministrator();
	}

	@Transactional(readOnly = true)
	public boolean hasAnswered(SignedInStaff me, UUID evaluationId) {
		return this.jdbc.sql("select count(*) from evaluation_respondent where evaluation_id = :e and staff_id = :s")
			.param("e", evaluationId)
			.param("s", me.staffId())
			.query(Long.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	public Optional<EvaluationResults> forYear(int year) {
		return this.jdbc.sql("select id from evaluation where eval_year = :y")
			.param("y", year)
			.query(UUID.class)
			.optional()
			.map(this::results);
	}

	@Transactional(readOnly = true)
	public List<EvaluationResults> all() {
		return results(this.jdbc.sql("select id from evaluation order by eval_year desc").query(UUID.class).list());
	}

	/** The results: per question average, distribution and comments (R16). */
	@Transactional(readOnly = true)
	public EvaluationResults results(UUID id) {
		List<EvaluationResults> found = results(List.of(id));
		if (found.isEmpty()) {
			throw new NotFoundException();
		}
		return found.get(0);
	}

	/**
	 * The results of the evaluations, in the order given (those not found left out): four
	 * statements however many evaluations, the list of every year's included (issue 7).
	 */
	private List<EvaluationResults> results(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, int[]> heads = new HashMap<>();
		this.jdbc.sql("select id, eval_year, version from evaluation where id in (:ids)")
			.param("ids", ids)
			.query((rs) -> {
				heads.put(rs.getObject("id", UUID.class), new int[] { rs.getInt("eval_year"), rs.getInt("version") });
			});
		Map<UUID, Integer> responses = new HashMap<>();
		this.jdbc.sql("""
				select evaluation_id, count(distinct response_id) as n from evaluation_answer
				where evaluation_id in (:ids) group by evaluation_id
				""").param("ids", ids).query((rs) -> {
			responses.put(rs.getObject("evaluation_id", UUID.class), rs.getInt("n"));
		});
		Map<List<Object>, int[]> distributions = new HashMap<>();
		this.jdbc.sql("""
				select evaluation_id, question_id, score, count(*) as n from evaluation_answer
				where evaluation_id in (:ids) group by evaluation_id, question_id, score
				""").param("ids", ids).query((rs) -> {
			distributions.computeIfAbsent(
					List.of(rs.getObject("evaluation_id", UUID.class), rs.getString("question_id")),
					(key) -> new int[5])[rs.getInt("score") - 1] = rs.getInt("n");
		});
		Map<List<Object>, List<String>> comments = new HashMap<>();
		this.jdbc.sql("""
				select evaluation_id, question_id, comment from evaluation_answer
				where evaluation_id in (:ids) and comment is not null order by comment
				""").param("ids", ids).query((rs) -> {
			comments
				.computeIfAbsent(List.of(rs.getObject("evaluation_id", UUID.class), rs.getString("question_id")),
						(key) -> new ArrayList<>())
				.add(rs.getString("comment"));
		});
		List<EvaluationResults> results = new ArrayList<>();
		for (UUID id : ids) {
			int[] head = heads.get(id);
			if (head == null) {
				continue;
			}
			List<EvaluationResults.QuestionResult> questions = new ArrayList<>();
			for (Question question : Question.values()) {
				int[] distribution = distributions.getOrDefault(List.of(id, question.id()), new int[5]);
				int answers = 0;
				int sum = 0;
				for (int i = 0; i < 5; i++) {
					answers += distribution[i];
					sum += distribution[i] * (i + 1);
				}
				double average = (answers == 0) ? 0 : Math.round(sum * 100.0 / answers) / 100.0;
				questions.add(new EvaluationResults.QuestionResult(question.id(), answers, average,
						Arrays.stream(distribution).boxed().toList(),
						List.copyOf(comments.getOrDefault(List.of(id, question.id()), List.of()))));
			}
			results.add(new EvaluationResults(id, head[0], responses.getOrDefault(id, 0), questions, head[1]));
		}
		return results;
	}

	/** A score of 1 to 5 and an optional comment. */
	public record Answer(int score, String comment) {
	}

	/** The evaluation was opened or answered (never saying by whom). */
	public record EvaluationChanged(String actor, UUID aggregateId, String action, Integer versionBefore,
			Integer versionAfter, String summary) implements AuditableEvent {

		@Override
		public String aggregateType() {
			return "Evaluation";
		}

	}

}
