package se.samverkan.evaluation.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.evaluation.EvaluationManagement;
import se.samverkan.evaluation.EvaluationResults;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.Page;

/** The yearly evaluation of results and working forms (R16), anonymous answers. */
@RestController
@RequestMapping("/api/v1/evaluations")
class EvaluationsApi {

	private final EvaluationManagement evaluations;

	EvaluationsApi(EvaluationManagement evaluations) {
		this.evaluations = evaluations;
	}

	@PostMapping
	ResponseEntity<EvaluationResults> open(@AuthenticationPrincipal SignedInStaff me,
			@RequestBody OpenRequest request) {
		if (request.year() == null) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.activity-plan.year-invalid");
		}
		EvaluationResults opened = this.evaluations.open(me, request.year());
		return ResponseEntity.created(URI.create("/api/v1/evaluations/" + opened.id())).body(opened);
	}

	@GetMapping
	Page<EvaluationResults> list() {
		List<EvaluationResults> all = this.evaluations.all();
		return new Page<>(all, 0, Math.max(all.size(), 1), all.size());
	}

	@GetMapping("/{id}")
	EvaluationResults read(@PathVariable UUID id) {
		return this.evaluations.results(id);
	}

	@PostMapping("/{id}/responses")
	ResponseEntity<ResponseCreated> respond(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestBody ResponseRequest request) {
		Map<String, EvaluationManagement.Answer> answers = new LinkedHashMap<>();
		for (AnswerRequest answer : (request.answers() != null) ? request.answers() : List.<AnswerRequest>of()) {
			if (answer == null || answer.questionId() == null || answer.score() == null
					|| answers.containsKey(answer.questionId())) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.evaluation.answer-all");
			}
			answers.put(answer.questionId(), new EvaluationManagement.Answer(answer.score(), answer.comment()));
		}
		UUID response = this.evaluations.respond(me, id, answers);
		return ResponseEntity.created(URI.create("/api/v1/evaluations/" + id)).body(new ResponseCreated(response, id));
	}

	record OpenRequest(Integer year) {
	}

	record AnswerRequest(String questionId, Integer score, String comment) {
	}

	record ResponseRequest(List<AnswerRequest> answers) {
	}

	record ResponseCreated(UUID id, UUID evaluationId) {
	}

}
