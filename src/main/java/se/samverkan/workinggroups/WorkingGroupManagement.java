package se.samverkan.workinggroups;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.activityplans.ActivityPlanManagement;
import se.samverkan.activityplans.ActivityPlanView.ActivityView;
import se.samverkan.activityplans.DirectiveManagement;
import se.samverkan.activityplans.DirectiveView;
import se.samverkan.matters.MatterManagement;
import se.samverkan.matters.TrailEntry;
import se.samverkan.notification.Notice;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.PersonalIdentityNumber;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.steeringgroup.SteeringGroup;

/**
 * The write API of the working groups (R13, R17, R18): the steering group forms a group
 * for an activity and its directive with a member as lead; the lead recruits members
 * under written mandates, which their nearest managers approve; keeps the implementation
 * plan; and reports progress and completion to the steering group and yearly to the
 * preparation group.
 */
@Service
@Transactional
public class WorkingGroupManagement {

	private static final String LINK = "/working-groups/";

	private final WorkingGroups groups;

	private final GroupPages pages;

	private final ProgressReads progressReads;

	private final YearReports yearReports;

	private final ActivityPlanManagement plans;

	private final DirectiveManagement directives;

	private final SteeringGroup steeringGroup;

	private final MatterManagement matters;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkingGroupManagement(WorkingGroups groups, GroupPages pages, ProgressReads progressReads, YearReports yearReports,
			ActivityPlanManagement plans, DirectiveManagement directives, SteeringGroup steeringGroup,
			MatterManagement matters, Directory directory, ApplicationEventPublisher events, Clock clock) {
		this.groups = groups;
		this.pages = pages;
		this.progressReads = progressReads;
		this.yearReports = yearReports;
		this.plans = plans;
		this.directives = directives;
		this.steeringGroup = steeringGroup;
		this.matters = matters;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Forms a group; the lead must be a steering-group member (R18), else
	 * {@code not-a-steering-group-member}.
	 */
	public WorkingGroupView form(SignedInStaff me, UUID activityId, UUID directiveId, UUID leadStaffId, String name) {
		requireSteeringGroup(me);
		if (activityId == null || this.plans.activity(activityId).isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.directive.activity-unknown");
		}
		DirectiveView directive = (directiveId != null) ? this.directives.find(directiveId).orElse(null) : null;
		if (directive == null || !directive.activityId().equals(activityId)) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.working-group.directive-invalid");
		}
		if (leadStaffId == null || !this.steeringGroup.isMember(leadStaffId)) {
			throw new DomainException(ErrorCode.NOT_A_STEERING_GROUP_MEMBER, "error.working-group.lead-not-member");
		}
		checkText(name);
		WorkingGroup group = WorkingGroup.form(activityId, directiveId, leadStaffId, name, me.staffId(), now());
		WorkingGroup saved = save(me, group, "WorkingGroupFormed", group.name());
		this.events.publishEvent(
				new Notice(Set.of(leadStaffId), "workinggroups.notice.lead", List.of(saved.name()), LINK + saved.id()));
		return view(saved);
	}

	/**
	 * The lead recruits a member under a written mandate; the manager is asked to
	 * approve.
	 */
	public WorkingGroupView.Recruited recruit(SignedInStaff me, UUID groupId, UUID staffId, String mandate,
			Integer expectedVersion) {
		WorkingGroup group = led(me, groupId, expectedVersion);
		StaffView member = (staffId != null)
				? this.directory.staffMember(staffId).filter(StaffView::active).orElse(null) : null;
		if (member == null) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.working-group.staff-unknown");
		}
		checkText(mandate);
		group.recruit(staffId, mandate, now());
		WorkingGroup saved = save(me, group, "WorkingGroupMemberRecruited", member.username());
		if (member.nearestManagerId() != null) {
			this.events.publishEvent(new Notice(Set.of(member.nearestManagerId()), "workinggroups.notice.mandate",
					List.of(member.displayName(), saved.name()), LINK + saved.id()));
		}
		WorkingGroupView view = view(saved);
		WorkingGroupView.MemberView recruited = view.members()
			.stream()
			.filter((m) -> m.staffId().equals(staffId))
			.findFirst()
			.orElseThrow(IllegalStateException::new);
		return new WorkingGroupView.Recruited(view, recruited);
	}

	/** The member's nearest manager approves the mandate (R18). */
	public WorkingGroupView approveMandate(SignedInStaff me, UUID groupId, UUID staffId, Integer expectedVersion) {
		WorkingGroup group = find(groupId);
		StaleVersionException.check(expectedVersion, group.version());
		group.member(staffId).orElseThrow(NotFoundException::new);
		UUID manager = this.directory.staffMember(staffId).map(StaffView::nearestManagerId).orElse(null);
		if (manager == null || !manager.equals(me.staffId())) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.working-group.nearest-manager-only");
		}
		group.approveMandate(staffId, me.staffId(), now());
		return view(save(me, group, "WorkingGroupMandateApproved", staffId.toString()));
	}

	/** Replaces the implementation plan (R18). */
	public WorkingGroupView plan(SignedInStaff me, UUID groupId, List<WorkingGroup.PlannedMilestone> milestones,
			Integer expectedVersion) {
		WorkingGroup group = led(me, groupId, expectedVersion);
		for (WorkingGroup.PlannedMilestone milestone : (milestones != null) ? milestones
				: List.<WorkingGroup.PlannedMilestone>of()) {
			if (milestone != null) {
				checkText(milestone.title());
			}
		}
		group.plan((milestones != null) ? milestones : List.of(), today());
		return view(save(me, group, "WorkingGroupPlanChanged", group.milestones().size() + " milestones"));
	}

	/**
	 * A report: progress and final go to the steering group, annual to the preparation
	 * group (R18); the final one marks the activity done and its matters' trails get the
	 * result.
	 */
	public WorkingGroupView.Reported report(SignedInStaff me, UUID groupId, ReportKind kind, String text,
			Integer expectedVersion) {
		WorkingGroup group = led(me, groupId, expectedVersion);
		checkText(text);
		WorkingGroup.Report report = group.report(kind, text, me.staffId(), now());
		WorkingGroup saved = save(me, group, "WorkingGroupReported", kind.name());
		Set<UUID> recipients = new LinkedHashSet<>(this.steeringGroup.convenerAndMemberStaffIds());
		recipients.remove(me.staffId());
		String key = switch (kind) {
			case PROGRESS -> "workinggroups.notice.progress";
			case FINAL -> "workinggroups.notice.final";
			case ANNUAL -> "workinggroups.notice.annual";
		};
		if (!recipients.isEmpty()) {
			this.events.publishEvent(new Notice(recipients, key, List.of(saved.name()), LINK + saved.id()));
		}
		if (kind == ReportKind.FINAL) {
			this.plans.activity(saved.activityId())
				.ifPresent((activity) -> activity.matterIds()
					.forEach((matter) -> this.matters.recordTrail(matter, TrailEntry.result(report.text()))));
		}
		WorkingGroupView view = view(saved);
		WorkingGroupView.ReportView posted = view.reports()
			.stream()
			.filter((r) -> r.id().equals(report.reportId()))
			.findFirst()
			.orElseThrow(IllegalStateException::new);
		return new WorkingGroupView.Reported(view, posted);
	}

	@Transactional(readOnly = true)
	public WorkingGroupView group(UUID id) {
		return view(find(id));
	}

	/**
	 * The reports posted in the year, Swedish time, oldest first: the annual report's
	 * (R18).
	 */
	@Transactional(readOnly = true)
	public List<WorkingGroupView.PostedReport> reportsPostedIn(int year) {
		return this.yearReports.postedIn(year, this.clock.getZone());
	}

	/**
	 * One page of the groups, newest first: the groups and their collections in four
	 * statements (issue 7).
	 */
	@Transactional(readOnly = true)
	public Page<WorkingGroupView> all(PageRequest page) {
		List<WorkingGroupView> items = views(this.pages.newestFirst(page));
		return new Page<>(items, page.page(), page.size(), this.groups.count());
	}

	/** Every activity of the year's plan with its progress (R17, R18). */
	@Transactional(readOnly = true)
	public List<WorkingGroupView.ActivityProgress> progress(int year) {
		LocalDate today = today();
		List<ActivityView> activities = this.plans.activitiesOf(year);
		Map<UUID, ProgressReads.Group> groups = this.progressReads
			.ofActivities(activities.stream().map(ActivityView::id).toList());
		List<WorkingGroupView.ActivityProgress> result = new ArrayList<>();
		for (ActivityView activity : activities) {
			Optional<ProgressReads.Group> group = Optional.ofNullable(groups.get(activity.id()));
			List<WorkingGroup.Milestone> milestones = group.map(ProgressReads.Group::milestones).orElse(List.of());
			ProgressPolicy.Progress progress = ProgressPolicy.of(milestones,
					group.map(ProgressReads.Group::completed).orElse(false), activity.dueOn(), today);
			result.add(new WorkingGroupView.ActivityProgress(activity.id(), year, activity.title(),
					activity.responsibleName(), activity.dueOn(), group.map(ProgressReads.Group::id).orElse(null),
					group.map(ProgressReads.Group::name).orElse(null), milestones.size(),
					(int) milestones.stream().filter(WorkingGroup.Milestone::done).count(), progress.percent(),
					progress.status()));
		}
		return result;
	}

	/** Whether the signed-in staff member may form groups. */
	@Transactional(readOnly = true)
	public boolean mayForm(SignedInStaff me) {
		return this.steeringGroup.isConvenerOrMember(me.staffId());
	}

	/**
	 * Whether the signed-in staff member leads (or, as a convener, manages) the group.
	 */
	@Transactional(readOnly = true)
	public boolean mayLead(SignedInStaff me, UUID groupId) {
		WorkingGroup group = find(groupId);
		return group.leadStaffId().equals(me.staffId()) || this.steeringGroup.isConvener(me.staffId());
	}

	private WorkingGroup led(SignedInStaff me, UUID groupId, Integer expectedVersion) {
		WorkingGroup group = find(groupId);
		if (!group.leadStaffId().equals(me.staffId()) && !this.steeringGroup.isConvener(me.staffId())) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.working-group.lead-only");
		}
		StaleVersionException.check(expectedVersion, group.version());
		return group;
	}

	private void requireSteeringGroup(SignedInStaff me) {
		if (!this.steeringGroup.isConvenerOrMember(me.staffId())) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.activity-plan.steering-group-only");
		}
	}

	private void checkText(String text) {
		if (PersonalIdentityNumber.isContainedIn(text, today())) {
			throw new DomainException(ErrorCode.PERSONAL_DATA_NOT_ALLOWED);
		}
	}

	private WorkingGroup find(UUID id) {
		return this.groups.findById(id).orElseThrow(NotFoundException::new);
	}

	private WorkingGroup save(SignedInStaff me, WorkingGroup group, String action, String summary) {
		Integer before = group.version();
		WorkingGroup saved = this.groups.save(group);
		this.events.publishEvent(
				new WorkingGroupChanged(me.getUsername(), saved.id(), action, before, saved.version(), summary));
		return saved;
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private WorkingGroupView view(WorkingGroup group) {
		return views(List.of(group)).get(0);
	}

	/**
	 * The groups' views, their activities and every staff member they name read together:
	 * a list of groups costs the same reads as one group.
	 */
	private List<WorkingGroupView> views(List<WorkingGroup> groups) {
		Map<UUID, ActivityView> activities = this.plans
			.activities(groups.stream().map(WorkingGroup::activityId).collect(Collectors.toSet()));
		Set<UUID> named = new HashSet<>();
		for (WorkingGroup group : groups) {
			named.add(group.leadStaffId());
			group.members().forEach((member) -> {
				named.add(member.staffId());
				named.add(member.mandateApprovedBy());
			});
			group.reports().forEach((report) -> named.add(report.postedBy()));
		}
		named.remove(null);
		Map<UUID, StaffView> staff = this.directory.staffMembers(named);
		LocalDate today = today();
		return groups.stream().map((group) -> view(group, activities.get(group.activityId()), staff, today)).toList();
	}

	private static WorkingGroupView view(WorkingGroup group, ActivityView activity, Map<UUID, StaffView> staff,
			LocalDate today) {
		java.util.function.Function<UUID, Optional<StaffView>> person = (id) -> Optional
			.ofNullable((id != null) ? staff.get(id) : null);
		ProgressPolicy.Progress progress = ProgressPolicy.of(group.milestones(), group.completedAt() != null,
				activity.dueOn(), today);
		List<WorkingGroupView.MemberView> members = group.members().stream().map((member) -> {
			Optional<StaffView> who = person.apply(member.staffId());
			return new WorkingGroupView.MemberView(member.staffId(), who.map(StaffView::displayName).orElse(""),
					who.map(StaffView::unitName).orElse(""), member.mandate(), member.approved(),
					person.apply(member.mandateApprovedBy()).map(StaffView::displayName).orElse(null),
					member.mandateApprovedAt(), who.map(StaffView::nearestManagerId).orElse(null));
		}).toList();
		List<WorkingGroupView.MilestoneView> milestones = new ArrayList<>();
		for (int i = 0; i < group.milestones().size(); i++) {
			WorkingGroup.Milestone milestone = group.milestones().get(i);
			milestones
				.add(new WorkingGroupView.MilestoneView(i, milestone.title(), milestone.dueOn(), milestone.doneOn()));
		}
		List<WorkingGroupView.ReportView> reports = group.reports()
			.stream()
			.map((report) -> new WorkingGroupView.ReportView(report.reportId(), report.kind(), report.text(),
					person.apply(report.postedBy()).map(StaffView::displayName).orElse(""), report.postedAt()))
			.toList();
		return new WorkingGroupView(group.id(), group.name(), group.activityId(), activity.title(), activity.year(),
				group.directiveId(), group.leadStaffId(),
				person.apply(group.leadStaffId()).map(StaffView::displayName).orElse(""), group.formedAt(),
				group.completedAt(), members, milestones, reports, progress.percent(), progress.status(),
				group.version());
	}

}
