package se.samverkan.activityplans.api;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.activityplans.Directive;
import se.samverkan.activityplans.DirectiveManagement;
import se.samverkan.activityplans.DirectiveView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/** The directives of prioritised activities (R13). */
@RestController
@RequestMapping("/api/v1/directives")
class DirectivesApi {

	private final DirectiveManagement directives;

	private final Clock clock;

	DirectivesApi(DirectiveManagement directives, Clock clock) {
		this.directives = directives;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<DirectiveResponse> issue(@AuthenticationPrincipal SignedInStaff me,
			@RequestBody DirectiveRequest request) {
		if (!this.directives.mayIssue(me)) {
			throw new se.samverkan.shared.DomainException(se.samverkan.shared.ErrorCode.FORBIDDEN,
					"error.activity-plan.steering-group-only");
		}
		DirectiveView directive = this.directives.issue(me,
				new Directive.DirectiveContent(request.activityId(), request.background(), request.goal(),
						request.assignment(), request.scope(), request.deliverables(), request.timeframe(),
						request.resources(), request.reportTo(), request.decisionId(), request.decisionText()));
		return ResponseEntity.created(URI.create("/api/v1/directives/" + directive.id())).body(of(directive));
	}

	@GetMapping
	Page<DirectiveResponse> list(@RequestParam(required = false) UUID activityId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.directives.directives(activityId, PageRequest.of(page, size)).map(this::of);
	}

	@GetMapping("/{id}")
	DirectiveResponse read(@PathVariable UUID id) {
		return of(this.directives.directive(id));
	}

	private DirectiveResponse of(DirectiveView d) {
		return new DirectiveResponse(d.id(), d.activityId(), d.activityTitle(), d.year(), d.background(), d.goal(),
				d.assignment(), d.scope(), d.deliverables(), d.timeframe(), d.resources(), d.reportTo(), d.decisionId(),
				d.decision(), d.decisionText(), d.issuedBy(),
				d.issuedAt().atZone(this.clock.getZone()).toOffsetDateTime(), d.version());
	}

	/**
	 * The contract's fields, plus the decision of the register that issued the directive
	 * ({@code decisionId}) or, for a decision taken before the system, a reference to it
	 * ({@code decisionText}); both optional.
	 */
	record DirectiveRequest(UUID activityId, String background, String goal, String assignment, String scope,
			String deliverables, String timeframe, String resources, String reportTo, UUID decisionId,
			String decisionText) {
	}

	record DirectiveResponse(UUID id, UUID activityId, String activityTitle, int year, String background, String goal,
			String assignment, String scope, String deliverables, String timeframe, String resources, String reportTo,
			UUID decisionId, DirectiveView.IssuingDecision decision, String decisionText, String issuedBy,
			OffsetDateTime issuedAt, int version) {
	}

}
