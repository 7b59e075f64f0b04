package se.samverkan.workinggroups.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
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

import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.web.Versions;
import se.samverkan.workinggroups.ProgressCsv;
import se.samverkan.workinggroups.ProgressStatus;
import se.samverkan.workinggroups.ReportKind;
import se.samverkan.workinggroups.WorkingGroup;
import se.samverkan.workinggroups.WorkingGroupManagement;
import se.samverkan.workinggroups.WorkingGroupView;

/**
 * Working groups (R13, R17, R18): formed with a steering-group member as lead, members
 * under mandates, the implementation plan, reports, and every activity's progress.
 */
@RestController
@RequestMapping("/api/v1/working-groups")
class WorkingGroupsApi {

	private final WorkingGroupManagement groups;

	private final Clock clock;

	WorkingGroupsApi(WorkingGroupManagement groups, Clock clock) {
		this.groups = groups;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<GroupResponse> form(@AuthenticationPrincipal SignedInStaff me, @RequestBody FormRequest request) {
		WorkingGroupView group = this.groups.form(me, request.activityId(), request.directiveId(),
				request.leadStaffId(), request.name());
		return ResponseEntity.created(URI.create("/api/v1/working-groups/" + group.id())).body(of(group));
	}

	@GetMapping
	Page<GroupResponse> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.groups.all(PageRequest.of(page, size)).map(this::of);
	}

	@GetMapping("/progress")
	List<WorkingGroupView.ActivityProgress> progress(@RequestParam(required = false) Integer year) {
		return this.groups.progress((year != null) ? year : LocalDate.now(this.clock).getYear());
	}

	@GetMapping(path = "/progress.csv", produces = "text/csv")
	ResponseEntity<byte[]> progressCsv(@RequestParam(required = false) Integer year) {
		int which = (year != null) ? year : LocalDate.now(this.clock).getYear();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aktivitetsplan-" + which + ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(ProgressCsv.of(this.groups.progress(which)).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/{id}")
	GroupResponse read(@PathVariable UUID id) {
		return of(this.groups.group(id));
	}

	@PostMapping("/{id}/members")
	ResponseEntity<MemberResponse> recruit(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestBody MemberRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		WorkingGroupView.Recruited recruited = this.groups.recruit(me, id, request.staffId(), request.mandate(),
				Versions.fromIfMatch(ifMatch));
		MemberResponse member = of(recruited.member());
		return ResponseEntity.created(URI.create("/api/v1/working-groups/" + id + "/members/" + request.staffId()))
			.body(member);
	}

	@PostMapping("/{id}/members/{staffId}/mandate-approval")
	GroupResponse approveMandate(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@PathVariable UUID staffId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return of(this.groups.approveMandate(me, id, staffId, Versions.fromIfMatch(ifMatch)));
	}

	@PutMapping("/{id}/plan")
	GroupResponse plan(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestBody PlanRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		List<WorkingGroup.PlannedMilestone> milestones = (request.milestones() != null) ? request.milestones()
			.stream()
			.map((m) -> (m != null)
					? new WorkingGroup.PlannedMilestone(m.title(), m.dueOn(), Boolean.TRUE.equals(m.done())) : null)
			.toList() : List.of();
		return of(this.groups.plan(me, id, milestones, Versions.fromIfMatch(ifMatch)));
	}

	@PostMapping("/{id}/reports")
	ResponseEntity<ReportResponse> report(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestBody ReportRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		WorkingGroupView.ReportView report = this.groups
			.report(me, id, request.kind(), request.text(), Versions.fromIfMatch(ifMatch))
			.report();
		return ResponseEntity.created(URI.create("/api/v1/working-groups/" + id + "/reports/" + report.id()))
			.body(of(report));
	}

	private GroupResponse of(WorkingGroupView group) {
		return new GroupResponse(group.id(), group.name(), group.activityId(), group.activityTitle(), group.year(),
				group.directiveId(), group.leadStaffId(), group.leadName(), at(group.formedAt()),
				at(group.completedAt()), group.members().stream().map(this::of).toList(),
				group.milestones()
					.stream()
					.map((m) -> new MilestoneResponse(m.title(), m.dueOn(), m.done(), m.doneOn()))
					.toList(),
				group.reports().stream().map(this::of).toList(), group.percent(), group.status(), group.version());
	}

	private MemberResponse of(WorkingGroupView.MemberView member) {
		return new MemberResponse(member.staffId(), member.displayName(), member.unitName(), member.mandate(),
				member.approved() ? "APPROVED" : "PENDING", member.approvedBy(), at(member.approvedAt()));
	}

	private ReportResponse of(WorkingGroupView.ReportView report) {
		return new ReportResponse(report.id(), report.kind(), report.text(), report.postedBy(), at(report.postedAt()),
				report.toPreparationGroup() ? "PREPARATION_GROUP" : "STEERING_GROUP");
	}

	private OffsetDateTime at(java.time.Instant instant) {
		return (instant != null) ? instant.atZone(this.clock.getZone()).toOffsetDateTime() : null;
	}

	record FormRequest(UUID activityId, UUID directiveId, UUID leadStaffId, String name) {
	}

	record MemberRequest(UUID staffId, String mandate) {
	}

	record MilestoneRequest(String title, LocalDate dueOn, Boolean done) {
	}

	record PlanRequest(List<MilestoneRequest> milestones) {
	}

	record ReportRequest(ReportKind kind, String text) {
	}

	record GroupResponse(UUID id, String name, UUID activityId, String activityTitle, int year, UUID directiveId,
			UUID leadStaffId, String leadName, OffsetDateTime formedAt, OffsetDateTime completedAt,
			List<MemberResponse> members, List<MilestoneResponse> milestones, List<ReportResponse> reports, int percent,
			ProgressStatus status, int version) {
	}

	record MemberResponse(UUID staffId, String displayName, String unitName, String mandate, String mandateStatus,
			String mandateApprovedBy, OffsetDateTime mandateApprovedAt) {
	}

	record MilestoneResponse(String title, LocalDate dueOn, boolean done, LocalDate doneOn) {
	}

	record ReportResponse(UUID id, ReportKind kind, String text, String postedBy, OffsetDateTime postedAt,
			String sentTo) {
	}

}
