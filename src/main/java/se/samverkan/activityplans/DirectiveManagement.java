package se.samverkan.activityplans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.meetings.MeetingViews;
import se.samverkan.meetings.MeetingViews.DecisionView;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.PersonalIdentityNumber;

/**
 * The directives (R13): the steering group issues a simple directive for a prioritised
 * activity; everyone reads them.
 */
@Service
@Transactional
public class DirectiveManagement {

	private static final int DECISIONS_TO_CITE = 50;

	private final Directives directives;

	private final ActivityPlanManagement plans;

	private final SteeringGroupRoster steeringGroup;

	private final Directory directory;

	private final MeetingViews meetings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DirectiveManagement(Directives directives, ActivityPlanManagement plans, SteeringGroupRoster steeringGroup,
			Directory directory, MeetingViews meetings, ApplicationEventPublisher events, Clock clock) {
		this.directives = directives;
		this.plans = plans;
		this.steeringGroup = steeringGroup;
		this.directory = directory;
		this.meetings = meetings;
		this.events = events;
		this.clock = clock;
	}

	public DirectiveView issue(SignedInStaff me, Directive.DirectiveContent content) {
		if (!this.steeringGroup.worksIn(me)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.activity-plan.steering-group-only");
		}
		if (this.plans.activity(content.activityId()).isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.directive.activity-unknown");
		}
		if (content.decisionId() != null && this.meetings.decision(content.decisionId())
			.filter((decision) -> !decision.minutesStatus().editable())
			.isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.directive.decision-unknown");
		}
		for (String text : content.texts()) {
			if (PersonalIdentityNumber.isContainedIn(text, LocalDate.now(this.clock))) {
				throw new DomainException(ErrorCode.PERSONAL_DATA_NOT_ALLOWED);
			}
		}
		Directive saved = this.directives.save(Directive.issue(content, me.staffId(), this.clock.instant()));
		this.events.publishEvent(new ActivityPlanChanged(me.getUsername(), saved.id(), "DirectiveIssued", null,
				saved.version(), "activity " + saved.activityId()));
		return views(List.of(saved)).get(0);
	}

	@Transactional(readOnly = true)
	public DirectiveView directive(UUID id) {
		return this.directives.findById(id)
			.map((directive) -> views(List.of(directive)).get(0))
			.orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public Optional<DirectiveView> find(UUID id) {
		return this.directives.findById(id).map((directive) -> views(List.of(directive)).get(0));
	}

	@Transactional(readOnly = true)
	public List<DirectiveView> forActivity(UUID activityId) {
		return views(this.directives.findByActivityIdOrderByIssuedAt(activityId));
	}

	/**
	 * One page of the directives, of one activity (oldest first) or of all (newest
	 * first).
	 */
	@Transactional(readOnly = true)
	public Page<DirectiveView> directives(UUID activityId, PageRequest page) {
		org.springframework.data.domain.PageRequest pageable = org.springframework.data.domain.PageRequest
			.of(page.page(), page.size());
		List<Directive> found = (activityId != null)
				? this.directives.findByActivityIdOrderByIssuedAtAscIdAsc(activityId, pageable)
				: this.directives.findAllByOrderByIssuedAtDescIdAsc(pageable);
		long total = (activityId != null) ? this.directives.countByActivityId(activityId) : this.directives.count();
		return new Page<>(views(found), page.page(), page.size(), total);
	}

	@Transactional(readOnly = true)
	public List<DirectiveView> all() {
		return views(this.directives.findAllByOrderByIssuedAtDesc());
	}

	@Transactional(readOnly = true)
	public boolean mayIssue(SignedInStaff me) {
		return this.steeringGroup.worksIn(me);
	}

	/**
	 * The decisions a new directive may cite, newest first: those of settled minutes,
	 * whose identity no longer changes.
	 */
	@Transactional(readOnly = true)
	public List<DecisionView> decisionsToCite() {
		return this.meetings.settledDecisions(DECISIONS_TO_CITE);
	}

	/**
	 * The directives as shown, with their issuers, decisions and activities read once for
	 * the whole list.
	 */
	private List<DirectiveView> views(List<Directive> directives) {
		Map<UUID, DecisionView> decisions = this.meetings.decisions(
				directives.stream().map(Directive::decisionId).filter(Objects::nonNull).collect(Collectors.toSet()));
		Map<UUID, String> issuers = this.directory
			.displayNames(directives.stream().map(Directive::issuedBy).collect(Collectors.toSet()));
		Map<UUID, ActivityPlanView.ActivityView> activities = this.plans
			.activities(directives.stream().map(Directive::activityId).collect(Collectors.toSet()));
		return directives.stream().map((directive) -> {
			ActivityPlanView.ActivityView activity = Optional.ofNullable(activities.get(directive.activityId()))
				.orElseThrow();
			DecisionView decision = (directive.decisionId() != null) ? decisions.get(directive.decisionId()) : null;
			return new DirectiveView(directive.id(), directive.activityId(), activity.title(), activity.year(),
					directive.background(), directive.goal(), directive.assignment(), directive.scope(),
					directive.deliverables(), directive.timeframe(), directive.resources(), directive.reportTo(),
					directive.decisionId(),
					(decision != null) ? new DirectiveView.IssuingDecision(decision.meetingId(),
							decision.meetingTitle(), decision.decidedOn(), decision.text()) : null,
					directive.decisionText(), issuers.getOrDefault(directive.issuedBy(), ""), directive.issuedAt(),
					directive.version());
		}).toList();
	}

}
