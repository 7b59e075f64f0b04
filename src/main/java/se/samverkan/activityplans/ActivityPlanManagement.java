package se.samverkan.activityplans;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.agreements.AgreementManagement;
import se.samverkan.matters.MatterManagement;
import se.samverkan.matters.MatterStatus;
import se.samverkan.matters.MatterSummary;
import se.samverkan.matters.TrailEntry;
import se.samverkan.notification.Notice;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.PersonalIdentityNumber;
import se.samverkan.shared.StaleVersionException;

/**
 * The write API of the activity plans (R12, R17, R22): the steering group drafts a year's
 * plan and its activities and submits it; the head of operations of every agreement party
 * approves it or sends it back; a change after approval starts a new revision and keeps
 * the approved one readable. Every write publishes an {@link ActivityPlanChanged}.
 */
@Service
@Transactional
public class ActivityPlanManagement {

	static final String LINK = "/activity-plans/";

	private final ActivityPlans plans;

	private final Activities activities;

	private final ActivityReads reads;

	private final PlanRevisions revisions;

	private final Directory directory;

	private final SteeringGroupRoster steeringGroup;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final AgreementManagement agreements;

	private final MatterManagement matters;

	private final Clock clock;

	ActivityPlanManagement(ActivityPlans plans, Activities activities, ActivityReads reads, PlanRevisions revisions,
			Directory directory, SteeringGroupRoster steeringGroup, ApplicationEventPublisher events, JsonMapper json,
			AgreementManagement agreements, MatterManagement matters, Clock clock) {
		this.plans = plans;
		this.activities = activities;
		this.reads = reads;
		this.revisions = revisions;
		this.directory = directory;
		this.steeringGroup = steeringGroup;
		this.events = events;
		this.json = json;
		this.agreements = agreements;
		this.matters = matters;
		this.clock = clock;
	}

	/** Starts the draft of a year's plan; one plan per year. */
	public ActivityPlanView draft(SignedInStaff me, int year) {
		requireSteeringGroup(me);
		if (this.plans.findByYear(year).isPresent()) {
			throw new DomainException(ErrorCode.CONFLICT, "error.activity-plan.year-exists", year);
		}
		ActivityPlan plan = this.plans.save(ActivityPlan.draft(year, me.staffId(), now()));
		publish(me, plan, "ActivityPlanDrafted", null, "year " + year);
		return view(plan);
	}

	/** Adds an activity; an approved plan becomes the draft of a new revision first. */
	public ActivityPlanView.ActivityView addActivity(SignedInStaff me, UUID planId, ActivityContent content,
			Integer expectedVersion) {
		ActivityPlan plan = changeable(me, planId, expectedVersion);
		check(content, Set.of());
		int position = this.reads.ofPlan(planId).stream().mapToInt(Activity::position).max().orElse(0) + 1;
		Activity activity = this.activities.save(Activity.plan(planId, position, content));
		linkMatters(activity, Set.of());
		savePlan(me, plan, "ActivityAdded", activity.title());
		return activityView(activity, plan.year(), names(List.of(activity)));
	}

	/**
	 * Changes an activity; an approved plan becomes the draft of a new revision first.
	 */
	public ActivityPlanView.ActivityView changeActivity(SignedInStaff me, UUID planId, UUID activityId,
			ActivityContent content, Integer expectedVersion) {
		ActivityPlan plan = changeable(me, planId, expectedVersion);
		Activity activity = activityOf(planId, activityId);
		Set<UUID> linked = activity.matterIds();
		check(content, linked);
		activity.change(content);
		Activity saved = this.activities.save(activity);
		linkMatters(saved, linked);
		savePlan(me, plan, "ActivityChanged", saved.title());
		return activityView(saved, plan.year(), names(List.of(saved)));
	}

	/** Submits the draft to every agreement party's head of operations (R12). */
	public ActivityPlanView submit(SignedInStaff me, UUID planId, Integer expectedVersion) {
		requireSteeringGroup(me);
		ActivityPlan plan = find(planId);
		StaleVersionException.check(expectedVersion, plan.version());
		if (this.reads.ofPlan(planId).isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.activity-plan.no-activities");
		}
		Set<UUID> parties = agreementParties();
		plan.submit(parties, now());
		ActivityPlan saved = savePlan(me, plan, "ActivityPlanSubmitted", "year " + plan.year());
		Set<UUID> heads = this.directory.activeStaffIds(parties, StaffFunction.HEAD_OF_OPERATIONS);
		if (!heads.isEmpty()) {
			this.events.publishEvent(new Notice(heads, "activityplans.notice.submitted",
					List.of(String.valueOf(plan.year())), LINK + plan.id()));
		}
		return view(saved);
	}

	/** Records the approval of the caller's unit; the last party's makes it approved. */
	public ActivityPlanView approve(SignedInStaff me, UUID planId, Integer expectedVersion) {
		ActivityPlan plan = find(planId);
		StaleVersionException.check(expectedVersion, plan.version());
		Integer before = plan.version();
		plan.approve(approver(me), now());
		ActivityPlan saved = this.plans.saveApproval(plan, me.unit().id());
		publish(me, saved, "ActivityPlanApprovedForUnit", before, me.unit().name());
		if (saved.status() == ApprovalStatus.APPROVED) {
			publish(me, saved, "ActivityPlanApproved", "year " + saved.year());
			notifySteeringGroup(saved, "activityplans.notice.approved");
		}
		return view(saved);
	}

	/**
	 * Sends the plan back to the steering group with a reason; approvals so far lapse.
	 */
	public ActivityPlanView sendBack(SignedInStaff me, UUID planId, String reason, Integer expectedVersion) {
		ActivityPlan plan = find(planId);
		StaleVersionException.check(expectedVersion, plan.version());
		plan.sendBack(approver(me), reason, now());
		ActivityPlan saved = savePlan(me, plan, "ActivityPlanSentBack", me.unit().name());
		notifySteeringGroup(saved, "activityplans.notice.sent-back");
		return view(saved);
	}

	@Transactional(readOnly = true)
	public ActivityPlanView plan(UUID planId) {
		return view(find(planId));
	}

	/** The plan's page: the plan read once, its revisions and what the reader may do. */
	@Transactional(readOnly = true)
	public PlanPage planPage(SignedInStaff me, UUID planId) {
		ActivityPlan plan = find(planId);
		return new PlanPage(view(plan), revisionsOf(planId), this.steeringGroup.worksIn(me),
				plan.cycle().mayDecide(approver(me)));
	}

	@Transactional(readOnly = true)
	public Optional<ActivityPlanView> planFor(int year) {
		return this.plans.findByYear(year).map(this::view);
	}

	/** Every plan, newest year first. */
	@Transactional(readOnly = true)
	public List<ActivityPlanView.Summary> plans() {
		return this.reads.summaries();
	}

	/** One page of the plans, newest year first. */
	@Transactional(readOnly = true)
	public Page<ActivityPlanView.Summary> plans(PageRequest page) {
		return new Page<>(this.reads.summaries(page), page.page(), page.size(), this.plans.count());
	}

	/** Every activity of every plan, newest year first. */
	@Transactional(readOnly = true)
	public List<ActivityPlanView.ActivityView> allActivities() {
		Map<Integer, List<Activity>> byYear = this.reads.byYear();
		Names names = names(byYear.values().stream().flatMap(List::stream).toList());
		List<ActivityPlanView.ActivityView> all = new ArrayList<>();
		byYear.forEach(
				(year, activities) -> activities.forEach((activity) -> all.add(activityView(activity, year, names))));
		return all;
	}

	/** The activities of a year's plan; none without a plan. */
	@Transactional(readOnly = true)
	public List<ActivityPlanView.ActivityView> activitiesOf(int year) {
		List<Activity> activities = this.reads.ofYear(year);
		Names names = names(activities);
		return activities.stream().map((activity) -> activityView(activity, year, names)).toList();
	}

	/** One activity, with its plan's year. */
	@Transactional(readOnly = true)
	public Optional<ActivityPlanView.ActivityView> activity(UUID activityId) {
		return Optional.ofNullable(activities(List.of(activityId)).get(activityId));
	}

	/** Those activities by id, each with its plan's year, their names read together. */
	@Transactional(readOnly = true)
	public Map<UUID, ActivityPlanView.ActivityView> activities(Collection<UUID> activityIds) {
		Map<UUID, ActivityReads.OfYear> found = this.reads.byIds(activityIds);
		Names names = names(found.values().stream().map(ActivityReads.OfYear::activity).toList());
		Map<UUID, ActivityPlanView.ActivityView> views = new HashMap<>();
		found.forEach((id, dated) -> views.put(id, activityView(dated.activity(), dated.year(), names)));
		return views;
	}

	/** The earlier revisions of a plan, newest first. */
	@Transactional(readOnly = true)
	public List<ActivityPlanView.RevisionSummary> revisions(UUID planId) {
		find(planId);
		return revisionsOf(planId);
	}

	private List<ActivityPlanView.RevisionSummary> revisionsOf(UUID planId) {
		List<String> snapshots = this.revisions.snapshots(planId);
		List<Instant> archived = this.revisions.archivedAt(planId);
		List<ActivityPlanView.RevisionSummary> result = new ArrayList<>();
		for (int i = 0; i < snapshots.size(); i++) {
			ActivityPlanView old = read(snapshots.get(i));
			result.add(new ActivityPlanView.RevisionSummary(old.revision(), old.status(), old.approvedAt(),
					archived.get(i)));
		}
		return result;
	}

	/** An earlier revision of a plan as it stood. */
	@Transactional(readOnly = true)
	public ActivityPlanView revision(UUID planId, int revision) {
		find(planId);
		return this.revisions.snapshot(planId, revision).map(this::read).orElseThrow(NotFoundException::new);
	}

	/** Whether the signed-in staff member may draft plans and directives. */
	@Transactional(readOnly = true)
	public boolean mayDraft(SignedInStaff me) {
		return this.steeringGroup.worksIn(me);
	}

	/** Whether the signed-in staff member may approve or send back the plan now. */
	@Transactional(readOnly = true)
	public boolean mayDecide(SignedInStaff me, UUID planId) {
		return find(planId).cycle().mayDecide(approver(me));
	}

	private ActivityPlan changeable(SignedInStaff me, UUID planId, Integer expectedVersion) {
		requireSteeringGroup(me);
		ActivityPlan plan = find(planId);
		StaleVersionException.check(expectedVersion, plan.version());
		if (plan.cycle().changeStartsNewRevision()) {
			this.revisions.keep(planId, plan.revision(), now(), write(view(plan)));
			plan.change();
			publish(me, plan, "ActivityPlanRevised", "revision " + plan.revision());
		}
		else {
			plan.change();
		}
		return plan;
	}

	/** The matter's trail shows the activity it became (R9, R17). */
	private void linkMatters(Activity activity, Set<UUID> alreadyLinked) {
		for (UUID matter : activity.matterIds()) {
			if (!alreadyLinked.contains(matter)) {
				this.matters.recordTrail(matter, TrailEntry.activity(activity.id(), activity.title()));
			}
		}
	}

	/** The prioritised matters an activity may come from (R9, R17). */
	@Transactional(readOnly = true)
	public List<MatterSummary> prioritisedMatters() {
		return this.matters.prioritised();
	}

	private void check(ActivityContent content, Set<UUID> alreadyLinked) {
		for (UUID matter : content.matterIds()) {
			if (!alreadyLinked.contains(matter) && this.matters.summary(matter)
				.filter((summary) -> summary.status() == MatterStatus.PRIORITISED)
				.isEmpty()) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.activity.matter-not-prioritised");
			}
		}
		Instant now = now();
		for (String text : content.texts()) {
			if (PersonalIdentityNumber.isContainedIn(text, java.time.LocalDate.ofInstant(now, this.clock.getZone()))) {
				throw new DomainException(ErrorCode.PERSONAL_DATA_NOT_ALLOWED);
			}
		}
		if (this.directory.staffMember(content.responsibleStaffId()).filter(StaffView::active).isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.activity.responsible-unknown");
		}
		for (UUID unit : content.contributions().keySet()) {
			if (this.directory.unit(unit).isEmpty()) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.unit-unknown");
			}
		}
	}

	private Activity activityOf(UUID planId, UUID activityId) {
		return this.activities.findById(activityId)
			.filter((activity) -> activity.activityPlanId().equals(planId))
			.orElseThrow(NotFoundException::new);
	}

	private ActivityPlan find(UUID planId) {
		return this.plans.findById(planId).orElseThrow(NotFoundException::new);
	}

	private void requireSteeringGroup(SignedInStaff me) {
		if (!this.steeringGroup.worksIn(me)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.activity-plan.steering-group-only");
		}
	}

	/**
	 * How many plans wait for the approval of the staff member's unit: only a head of
	 * operations approves (R12).
	 */
	@Transactional(readOnly = true)
	public long awaitingApprovalOf(SignedInStaff me) {
		return me.holds(StaffFunction.HEAD_OF_OPERATIONS) ? this.plans.countAwaitingApprovalOf(me.unit().id()) : 0;
	}

	private static ApprovalCycle.Approver approver(SignedInStaff me) {
		return new ApprovalCycle.Approver(me.staffId(), me.unit().id(), me.holds(StaffFunction.HEAD_OF_OPERATIONS));
	}

	private ActivityPlan savePlan(SignedInStaff me, ActivityPlan plan, String action, String summary) {
		Integer before = plan.version();
		ActivityPlan saved = this.plans.save(plan);
		this.events.publishEvent(
				new ActivityPlanChanged(me.getUsername(), saved.id(), action, before, saved.version(), summary));
		return saved;
	}

	private void publish(SignedInStaff me, ActivityPlan plan, String action, Integer before, String summary) {
		this.events.publishEvent(
				new ActivityPlanChanged(me.getUsername(), plan.id(), action, before, plan.version(), summary));
	}

	private void publish(SignedInStaff me, ActivityPlan plan, String action, String summary) {
		publish(me, plan, action, plan.version(), summary);
	}

	private void notifySteeringGroup(ActivityPlan plan, String key) {
		Set<UUID> recipients = this.directory.conveners()
			.stream()
			.map(StaffView::id)
			.collect(Collectors.toCollection(HashSet::new));
		recipients.add(plan.createdBy());
		this.events.publishEvent(new Notice(recipients, key, List.of(String.valueOf(plan.year())), LINK + plan.id()));
	}

	/**
	 * The parties of the agreement in force, each of which must approve; without one, the
	 * units marked as agreement parties.
	 */
	Set<UUID> agreementParties() {
		Set<UUID> current = this.agreements.currentPartyUnitIds();
		if (!current.isEmpty()) {
			return current;
		}
		return this.directory.activeAgreementPartyIds();
	}

	private Instant now() {
		return this.clock.instant();
	}

	private String write(ActivityPlanView view) {
		return this.json.writeValueAsString(view);
	}

	private ActivityPlanView read(String snapshot) {
		return this.json.readValue(snapshot, ActivityPlanView.class);
	}

	/** The names the activities' views show, read together. */
	private Names names(List<Activity> activities) {
		return names(activities, List.of());
	}

	private Names names(List<Activity> activities, Collection<UUID> moreStaff) {
		Names names = new Names(this.directory, this.matters);
		List<UUID> staff = new ArrayList<>(moreStaff);
		activities.forEach((activity) -> staff.add(activity.responsibleStaffId()));
		names.read(activities.stream().flatMap((activity) -> activity.contributions().keySet().stream()).toList(),
				staff, activities.stream().flatMap((activity) -> activity.matterIds().stream()).toList());
		return names;
	}

	ActivityPlanView view(ActivityPlan plan) {
		ApprovalCycle cycle = plan.cycle();
		List<Activity> activities = this.reads.ofPlan(plan.id());
		Names names = names(activities,
				cycle.approvals().values().stream().map(ApprovalCycle.Approval::approvedBy).toList());
		List<ActivityPlanView.PartyView> parties = new ArrayList<>();
		names.unitsOf(cycle.parties()).forEach((unitId, unitName) -> {
			ApprovalCycle.Approval approval = cycle.approvals().get(unitId);
			parties.add((approval != null)
					? new ActivityPlanView.PartyView(unitId, unitName, approval.approvedBy(),
							names.staff(approval.approvedBy()), approval.approvedAt())
					: new ActivityPlanView.PartyView(unitId, unitName, null, null, null));
		});
		List<UUID> pending = parties.stream()
			.filter((party) -> !party.approved())
			.map(ActivityPlanView.PartyView::unitId)
			.toList();
		ApprovalCycle.SendBack sendBack = cycle.sentBack();
		ActivityPlanView.SendBackView sentBack = (sendBack != null)
				? new ActivityPlanView.SendBackView(sendBack.unitId(), names.unit(sendBack.unitId()),
						names.staff(sendBack.sentBackBy()), sendBack.reason(), sendBack.sentBackAt())
				: null;
		List<ActivityPlanView.ActivityView> items = activities.stream()
			.map((activity) -> activityView(activity, plan.year(), names))
			.toList();
		return new ActivityPlanView(plan.id(), plan.year(), plan.status(), plan.revision(), plan.version(),
				plan.createdAt(), plan.submittedAt(), plan.approvedAt(), parties, pending, sentBack, items);
	}

	private ActivityPlanView.ActivityView activityView(Activity activity, int year, Names names) {
		List<ActivityPlanView.ContributionView> contributions = activity.contributions()
			.entrySet()
			.stream()
			.map((entry) -> new ActivityPlanView.ContributionView(entry.getKey(), names.unit(entry.getKey()),
					entry.getValue()))
			.sorted(Comparator.comparing(ActivityPlanView.ContributionView::unitName))
			.toList();
		List<UUID> matterIds = activity.matterIds().stream().sorted().toList();
		return new ActivityPlanView.ActivityView(activity.id(), activity.activityPlanId(), year, activity.title(),
				activity.goal(), matterIds, matterIds.stream().map(names::matter).toList(),
				activity.responsibleStaffId(), names.staff(activity.responsibleStaffId()), activity.dueOn(),
				contributions, activity.version());
	}

	/**
	 * Unit and staff names and matter titles for a view, each read once: those a view
	 * names read together ({@link #read}), any other one by one.
	 */
	private static final class Names {

		private final Directory directory;

		private final MatterManagement matters;

		private final Map<UUID, String> units = new HashMap<>();

		private final Map<UUID, String> staffNames = new HashMap<>();

		private final Map<UUID, String> matterTitles = new HashMap<>();

		Names(Directory directory, MatterManagement matters) {
			this.directory = directory;
			this.matters = matters;
		}

		void read(Collection<UUID> unitIds, Collection<UUID> staffIds, Collection<UUID> matterIds) {
			this.units.putAll(this.directory.unitNames(unread(unitIds, this.units)));
			this.staffNames.putAll(this.directory.displayNames(unread(staffIds, this.staffNames)));
			Set<UUID> matters = unread(matterIds, this.matterTitles);
			if (!matters.isEmpty()) {
				this.matterTitles.putAll(this.matters.titles(matters));
				// a matter no longer there is remembered as such (""), not read again
				matters.forEach((id) -> this.matterTitles.putIfAbsent(id, ""));
			}
		}

		private static Set<UUID> unread(Collection<UUID> ids, Map<UUID, String> read) {
			return ids.stream().filter((id) -> id != null && !read.containsKey(id)).collect(Collectors.toSet());
		}

		/** The names of those units that exist, in the directory's order. */
		Map<UUID, String> unitsOf(Collection<UUID> ids) {
			Map<UUID, String> found = this.directory.unitNames(ids);
			this.units.putAll(found);
			return found;
		}

		String unit(UUID id) {
			if (id == null) {
				return "";
			}
			// a unit not found is remembered as such (""), not read again
			return this.units.computeIfAbsent(id, (key) -> this.directory.unit(key).map(UnitView::name).orElse(""));
		}

		String staff(UUID id) {
			if (id == null) {
				return null;
			}
			return this.staffNames.computeIfAbsent(id,
					(key) -> this.directory.staffMember(key).map(StaffView::displayName).orElse(""));
		}

		/** The matter's title; "" for a matter no longer there. */
		String matter(UUID id) {
			return this.matterTitles.computeIfAbsent(id,
					(key) -> this.matters.summary(key).map(MatterSummary::title).orElse(""));
		}

	}

}
