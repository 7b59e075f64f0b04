package se.samverkan.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.evaluation.EvaluationManagement;
import se.samverkan.evaluation.EvaluationResults;
import se.samverkan.evaluation.Question;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;

/**
 * "Utvärdering": the yearly evaluations, the questionnaire for those asked, and the
 * results — averages, distributions and comments, shown here (R16).
 */
@Controller
class EvaluationsController {

	static final String LIST = "evaluation/evaluations";

	static final String ONE = "evaluation/evaluation";

	private final EvaluationManagement evaluations;

	private final Clock clock;

	EvaluationsController(EvaluationManagement evaluations, Clock clock) {
		this.evaluations = evaluations;
		this.clock = clock;
	}

	@GetMapping("/evaluations")
	String list(@AuthenticationPrincipal SignedInStaff me, Model model) {
		model.addAttribute("evaluations", this.evaluations.all());
		model.addAttribute("mayOpen", this.evaluations.mayOpen(me));
		model.addAttribute("thisYear", LocalDate.now(this.clock).getYear());
		return LIST;
	}

	@PostMapping("/evaluations")
	String open(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) Integer year,
			RedirectAttributes redirect) {
		if (year == null) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.activity-plan.year-invalid");
		}
		try {
			EvaluationResults opened = this.evaluations.open(me, year);
			redirect.addFlashAttribute("flash", "evaluation.opened");
			return "redirect:/evaluations/" + opened.id();
		}
		catch (DomainException ex) {
			if (ex.code() == ErrorCode.FORBIDDEN) {
				throw ex;
			}
			redirect.addFlashAttribute("refusal", ex.messageKey());
			return "redirect:/evaluations";
		}
	}

	@GetMapping("/evaluations/{id}")
	String evaluation(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, Model model) {
		model.addAttribute("evaluation", this.evaluations.results(id));
		model.addAttribute("mayRespond", this.evaluations.mayRespond(me) && !this.evaluations.hasAnswered(me, id));
		model.addAttribute("answered", this.evaluations.hasAnswered(me, id));
		model.addAttribute("questions", Question.values());
		return ONE;
	}

	@PostMapping("/evaluations/{id}/responses")
	String respond(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<String, EvaluationManagement.Answer> answers = new LinkedHashMap<>();
		for (Question question : Question.values()) {
			String score = form.get("score-" + question.id());
			if (score != null && score.matches("[1-5]")) {
				answers.put(question.id(),
						new EvaluationManagement.Answer(Integer.parseInt(score), form.get("comment-" + question.id())));
			}
		}
		try {
			this.evaluations.respond(me, id, answers);
			redirect.addFlashAttribute("flash", "evaluation.answered");
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException || ex.code() == ErrorCode.FORBIDDEN) {
				throw ex;
			}
			redirect.addFlashAttribute("refusal", ex.messageKey());
		}
		return "redirect:/evaluations/" + id;
	}

}
