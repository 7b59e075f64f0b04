package se.samverkan.activityplans.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.activityplans.ActivityContent;
import se.samverkan.activityplans.ActivityPlanManagement;
import se.samverkan.activityplans.ActivityPlanPdf;
import se.samverkan.activityplans.ActivityPlanView;
import se.samverkan.activityplans.api.PlanResponses.ActivityResponse;
import se.samverkan.activityplans.api.PlanResponses.PlanResponse;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.web.Versions;

/**
 * The yearly activity plan (R12, R17, R22): drafted by the steering group, approved by
 * the head of operations of every agreement party; a change after approval starts a new
 * revision in {@code DRAFT}, and earlier revisions stay readable.
 */
@RestController
@RequestMapping("/api/v1/activity-plans")
class ActivityPlansApi {

	private final ActivityPlanManagement management;

	private final ActivityPlanPdf pdf;

	private final Clock clock;

	ActivityPlansApi(ActivityPlanManagement management, ActivityPlanPdf pdf, Clock clock) {
		this.management = management;
		this.pdf = pdf;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<PlanResponse> draft(@AuthenticationPrincipal SignedInStaff me, @RequestBody DraftRequest request) {
		if (request.year() == null) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.activity-plan.year-invalid");
		}
		ActivityPlanView plan = this.management.draft(me, request.year());
		return ResponseEntity.created(URI.create("/api/v1/activity-plans/" + plan.id())).body(of(plan));
	}

	@GetMapping
	Page<ActivityPlanView.Summary> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.management.plans(PageRequest.of(page, size));
	}

	@GetMapping("/{id}")
	PlanResponse read(@PathVariable UUID id) {
		return of(this.management.plan(id));
	}

	@GetMapping(path = "/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, java.util.Locale locale) {
		ActivityPlanView plan = this.management.plan(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aktivitetsplan-" + plan.year() + ".pdf\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(this.pdf.render(plan, locale));
	}

	@GetMapping("/{id}/revisions")
	List<ActivityPlanView.RevisionSummary> revisions(@PathVariable UUID id) {
		return this.management.revisions(id);
	}

	@GetMapping("/{id}/revisions/{revision}")
	PlanResponse revision(@PathVariable UUID id, @PathVariable int revision) {
		return of(this.management.revision(id, revision));
	}

	@PostMapping("/{id}/activities")
	ResponseEntity<ActivityResponse> addActivity(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestBody ActivityRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		requireDrafter(me);
		ActivityPlanView.ActivityView activity = this.management.addActivity(me, id, request.content(),
				Versions.fromIfMatch(ifMatch));
		return ResponseEntity.created(URI.create("/api/v1/activity-plans/" + id + "/activities/" + activity.id()))
			.body(PlanResponses.of(activity));
	}

	@GetMapping("/{id}/activities/{activityId}")
	ActivityResponse activity(@PathVariable UUID id, @PathVariable UUID activityId) {
		return this.management.activity(activityId)
			.filter((activity) -> activity.planId().equals(id))
			.map(PlanResponses::of)
			.orElseThrow(se.samverkan.shared.NotFoundException::new);
	}

	@PutMapping("/{id}/activities/{activityId}")
	ActivityResponse changeActivity(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@PathVariable UUID activityId, @RequestBody ActivityRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		requireDrafter(me);
		return PlanResponses
			.of(this.management.changeActivity(me, id, activityId, request.content(), Versions.fromIfMatch(ifMatch)));
	}

	@PostMapping("/{id}/submission")
	PlanResponse submit(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return of(this.management.submit(me, id, Versions.fromIfMatch(ifMatch)));
	}

	@PostMapping("/{id}/approvals")
	PlanResponse approve(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return of(this.management.approve(me, id, Versions.fromIfMatch(ifMatch)));
	}

	@PostMapping("/{id}/send-back")
	PlanResponse sendBack(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestBody SendBackRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return of(this.management.sendBack(me, id, request.reason(), Versions.fromIfMatch(ifMatch)));
	}

	private void requireDrafter(SignedInStaff me) {
		if (!this.management.mayDraft(me)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.activity-plan.steering-group-only");
		}
	}

	private PlanResponse of(ActivityPlanView plan) {
		return PlanResponses.of(plan, this.clock.getZone());
	}

	record DraftRequest(Integer year) {
	}

	record SendBackRequest(String reason) {
	}

	record ContributionRequest(UUID unitId, String resources) {
	}

	record ActivityRequest(String title, String goal, Set<UUID> matterIds, UUID responsibleStaffId, LocalDate dueOn,
			List<ContributionRequest> contributions) {

		ActivityContent content() {
			Map<UUID, String> given = new LinkedHashMap<>();
			if (this.contributions != null) {
				this.contributions.stream()
					.filter((c) -> c != null && c.unitId() != null)
					.forEach((c) -> given.put(c.unitId(), c.resources()));
			}
			return new ActivityContent(this.title, this.goal, this.matterIds, this.responsibleStaffId, this.dueOn,
					given);
		}

	}

}
