package se.samverkan.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.matters.GovernanceText;
import se.samverkan.matters.MatterManagement;
import se.samverkan.matters.TrailEntry;
import se.samverkan.meetings.AgendaBacklog.BacklogItem;
import se.samverkan.notification.Notice;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.Actor;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.steeringgroup.SteeringGroup;

/**
 * The meetings' write side (R16, R20): conveners plan, change and cancel meetings and
 * write the minutes; the group's members propose agenda items; attendees approve the
 * minutes, which are then locked. Each command is one transaction and publishes an event
 * for the audit trail, and the people concerned get a notice (an e-mail too, when SMTP is
 * configured).
 */
@Service
@Transactional
public class MeetingManagement {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Meetings meetings;

	private final AgendaBacklog backlog;

	private final MeetingGroups groups;

	private final MeetingViews views;

	private final SteeringGroup steeringGroup;

	private final Directory directory;

	private final MatterManagement matters;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MeetingManagement(Meetings meetings, AgendaBacklog backlog, MeetingGroups groups, MeetingViews views,
			SteeringGroup steeringGroup, Directory directory, MatterManagement matters,
			ApplicationEventPublisher events, Clock clock) {
		this.meetings = meetings;
		this.backlog = backlog;
		this.groups = groups;
		this.views = views;
		this.steeringGroup = steeringGroup;
		this.directory = directory;
		this.matters = matters;
		this.events = events;
		this.clock = clock;
	}

	/** Conveners (and administrators) plan meetings and write minutes. */
	public boolean mayConvene(SignedInStaff me) {
		return this.steeringGroup.mayManage(me);
	}

	/**
	 * Plans a meeting of the group (the steering group when none is given); carried-over
	 * items waiting in the group's backlog go onto its agenda; the group is invited.
	 */
	public MeetingViews.MeetingView plan(SignedInStaff me, UUID groupId, MeetingSchedule schedule) {
		requireConvener(me);
		GroupView group = this.groups.find((groupId != null) ? groupId : MeetingGroups.STEERING_GROUP)
			.orElseThrow(() -> new DomainException(ErrorCode.VALIDATION_FAILED, "error.meeting.group-unknown"));
		Meeting meeting = Meeting.plan(group.id(), group.kind(), schedule, me.staffId());
		for (BacklogItem item : this.backlog.of(group.id())) {
			if (item.carriedFromMeetingId() != null) {
				meeting.addAgendaItem(item.title(), item.matterId(), item.proposedBy(), item.id());
				this.backlog.remove(item.id());
			}
		}
		this.meetings.insert(meeting);
		publish(meeting, "MeetingPlanned", null);
		notifyInvitees(meeting, "notice.meeting.invited");
		return this.views.view(meeting);
	}

	/**
	 * Changes title, time or place; calendars get the same event with a higher SEQUENCE.
	 */
	public MeetingViews.MeetingView reschedule(SignedInStaff me, UUID meetingId, Integer expectedVersion,
			MeetingSchedule schedule) {
		requireConvener(me);
		Meeting meeting = load(meetingId, expectedVersion);
		int before = meeting.version();
		meeting.reschedule(schedule);
		save(meeting, before, "MeetingRescheduled");
		notifyInvitees(meeting, "notice.meeting.changed");
		return this.views.view(meeting);
	}

	public MeetingViews.MeetingView cancel(SignedInStaff me, UUID meetingId, Integer expectedVersion) {
		requireConvener(me);
		Meeting meeting = load(meetingId, expectedVersion);
		int before = meeting.version();
		meeting.cancel();
		save(meeting, before, "MeetingCancelled");
		notifyInvitees(meeting, "notice.meeting.cancelled");
		return this.views.view(meeting);
	}

	/**
	 * Adds an item to a meeting's agenda: conveners, and members of the group proposing
	 * one. A matter may be linked.
	 */
	public MeetingViews.AgendaItemView addAgendaItem(SignedInStaff me, UUID meetingId, String title, UUID matterId) {
		Meeting meeting = this.meetings.find(meetingId).orElseThrow(NotFoundException::new);
		requireProposer(me, meeting.groupId());
		checkText(title);
		checkMatter(me, matterId);
		int before = meeting.version();
		Meeting.AgendaItem item = meeting.addAgendaItem(title, matterId, me.staffId(), null);
		save(meeting, before, "AgendaItemAdded");
		raised(meeting, matterId);
		return this.views.view(meeting)
			.agenda()
			.stream()
			.filter((view) -> view.id().equals(item.id()))
			.findFirst()
			.orElseThrow();
	}

	/** A member proposes an item for a later meeting: it waits in the group's backlog. */
	public MeetingViews.BacklogItemView propose(SignedInStaff me, UUID groupId, String title, UUID matterId) {
		UUID group = (groupId != null) ? groupId : MeetingGroups.STEERING_GROUP;
		this.groups.find(group)
			.orElseThrow(() -> new DomainException(ErrorCode.VALIDATION_FAILED, "error.meeting.group-unknown"));
		requireProposer(me, group);
		checkText(title);
		checkMatter(me, matterId);
		BacklogItem item = new BacklogItem(UUID.randomUUID(), group,
				Meeting.text(title, Meeting.TITLE_MAX, "error.meeting.item-title-required"), matterId, me.staffId(),
				this.clock.instant(), null);
		this.backlog.add(item);
		this.events.publishEvent(new MeetingChanged(Actor.current(), item.id(), "AgendaItemProposed", null, 0, ""));
		return this.views.backlog(group)
			.stream()
			.filter((view) -> view.id().equals(item.id()))
			.findFirst()
			.orElseThrow();
	}

	/** A convener puts a waiting item on a meeting's agenda. */
	public MeetingViews.MeetingView schedule(SignedInStaff me, UUID meetingId, UUID backlogItemId) {
		requireConvener(me);
		Meeting meeting = this.meetings.find(meetingId).orElseThrow(NotFoundException::new);
		BacklogItem item = this.backlog.find(backlogItemId)
			.filter((found) -> found.groupId().equals(meeting.groupId()))
			.orElseThrow(() -> new DomainException(ErrorCode.VALIDATION_FAILED, "error.meeting.backlog-unknown"));
		int before = meeting.version();
		meeting.addAgendaItem(item.title(), item.matterId(), item.proposedBy(), null);
		this.backlog.remove(item.id());
		save(meeting, before, "AgendaItemScheduled");
		raised(meeting, item.matterId());
		return this.views.view(meeting);
	}

	/**
	 * Writes the minutes' draft: attendance and, per item, notes, outcome and decisions.
	 * The meeting is then held.
	 */
	public MeetingViews.MeetingView writeMinutes(SignedInStaff me, UUID meetingId, Integer expectedVersion,
			Set<UUID> attendeeStaffIds, List<ItemMinutes> items) {
		requireConvener(me);
		Meeting meeting = load(meetingId, expectedVersion);
		if (attendeeStaffIds.stream().anyMatch(Objects::isNull)
				|| this.directory.displayNames(attendeeStaffIds).size() != attendeeStaffIds.size()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.meeting.attendee-unknown");
		}
		List<ItemMinutes> written = (items != null) ? items : List.of();
		for (ItemMinutes item : written) {
			if (item != null) {
				checkText(item.notes());
				if (item.decisions() != null) {
					item.decisions().forEach((d) -> checkText((d != null) ? d.text() : null));
				}
			}
		}
		int before = meeting.version();
		meeting.writeMinutes(attendeeStaffIds, written);
		save(meeting, before, "MinutesWritten");
		return this.views.view(meeting);
	}

	/** Records an action: a responsible person and a due date; they get a notice. */
	public MeetingViews.ActionItemView addAction(SignedInStaff me, UUID meetingId, String title,
			UUID responsibleStaffId, LocalDate dueOn, UUID agendaItemId) {
		requireConvener(me);
		Meeting meeting = this.meetings.find(meetingId).orElseThrow(NotFoundException::new);
		if (responsibleStaffId != null && this.directory.staffMember(responsibleStaffId).isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.meeting.responsible-unknown");
		}
		checkText(title);
		int before = meeting.version();
		Meeting.ActionItem action = meeting.addAction(title, responsibleStaffId, dueOn, agendaItemId);
		save(meeting, before, "ActionItemAdded");
		this.events.publishEvent(new Notice(Set.of(responsibleStaffId), "notice.meeting.action-assigned",
				List.of(action.title(), dueOn.toString()), link(meeting)));
		return this.views.view(meeting)
			.actions()
			.stream()
			.filter((view) -> view.id().equals(action.id()))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Sends the minutes to the attendees for approval; unfinished items carry over to the
	 * group's next planned meeting, or wait in its backlog when none is planned.
	 */
	public MeetingViews.MeetingView submitMinutes(SignedInStaff me, UUID meetingId, Integer expectedVersion) {
		requireConvener(me);
		Meeting meeting = load(meetingId, expectedVersion);
		int before = meeting.version();
		meeting.submitMinutes();
		save(meeting, before, "MinutesSubmitted");
		carryOver(meeting);
		decided(meeting);
		this.events.publishEvent(new Notice(meeting.attendees(), "notice.meeting.minutes-to-approve",
				List.of(meeting.title()), link(meeting)));
		return this.views.view(meeting);
	}

	/** An attendee approves the minutes; when all have, they are locked. */
	public MeetingViews.MeetingView approveMinutes(SignedInStaff me, UUID meetingId) {
		Meeting meeting = this.meetings.find(meetingId).orElseThrow(NotFoundException::new);
		int before = meeting.version();
		boolean approved = meeting.approveMinutes(me.staffId(), this.clock.instant());
		save(meeting, before, approved ? "MinutesApproved" : "MinutesApprovedByAttendee");
		if (approved) {
			this.events.publishEvent(new Notice(this.steeringGroup.convenerStaffIds(),
					"notice.meeting.minutes-approved", List.of(meeting.title()), link(meeting)));
		}
		return this.views.view(meeting);
	}

	private void carryOver(Meeting meeting) {
		List<Meeting.AgendaItem> unfinished = meeting.unfinishedItems();
		if (unfinished.isEmpty()) {
			return;
		}
		List<Meeting> next = this.meetings.plannedAfter(meeting.groupId(), meeting.startsAt());
		if (!next.isEmpty()) {
			Meeting target = next.get(0);
			int before = target.version();
			unfinished
				.forEach((item) -> target.addAgendaItem(item.title(), item.matterId(), item.proposedBy(), item.id()));
			save(target, before, "AgendaItemsCarriedOver");
			return;
		}
		unfinished.forEach((item) -> this.backlog.add(new BacklogItem(UUID.randomUUID(), meeting.groupId(),
				item.title(), item.matterId(), item.proposedBy(), this.clock.instant(), meeting.id())));
	}

	/** Tells each linked matter's trail that it was raised at the meeting. */
	private void raised(Meeting meeting, UUID matterId) {
		if (matterId != null) {
			this.matters.recordTrail(matterId,
					TrailEntry.raisedAtMeeting(meeting.id(), meeting.title(), date(meeting)));
		}
	}

	/** Tells each linked matter's trail the decisions taken about it. */
	private void decided(Meeting meeting) {
		for (Meeting.Decision decision : meeting.decisions()) {
			meeting.agendaItem(decision.agendaItemId())
				.map(Meeting.AgendaItem::matterId)
				.ifPresent((matterId) -> this.matters.recordTrail(matterId,
						TrailEntry.decision(decision.text(), meeting.id(), meeting.title(), date(meeting))));
		}
	}

	private LocalDate date(Meeting meeting) {
		return meeting.startsAt().atZone(this.clock.getZone()).toLocalDate();
	}

	/**
	 * A linked matter must be one the proposer may link: its title shows on the agenda,
	 * and only those who handle matters may read every matter (R9). An unknown id and one
	 * the proposer may not link read the same, so that an id tells nothing.
	 */
	private void checkMatter(SignedInStaff me, UUID matterId) {
		if (matterId != null && this.matters.linkable(me, matterId).isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.meeting.matter-unknown");
		}
	}

	/** Governance records carry no personal identity numbers (L5). */
	private void checkText(String text) {
		GovernanceText.requireNoPersonalIdentityNumber(LocalDate.now(this.clock), text);
	}

	private Meeting load(UUID meetingId, Integer expectedVersion) {
		Meeting meeting = this.meetings.find(meetingId).orElseThrow(NotFoundException::new);
		StaleVersionException.check(expectedVersion, meeting.version());
		return meeting;
	}

	private void save(Meeting meeting, int before, String change) {
		meeting.bumpVersion();
		this.meetings.update(meeting, before);
		publish(meeting, change, before);
	}

	private void publish(Meeting meeting, String change, Integer before) {
		this.events.publishEvent(
				new MeetingChanged(Actor.current(), meeting.id(), change, before, meeting.version(), meeting.title()));
	}

	private void notifyInvitees(Meeting meeting, String key) {
		Set<UUID> invitees = this.groups.invitees(meeting.groupId());
		if (invitees.isEmpty()) {
			return;
		}
		ZoneId zone = this.clock.getZone();
		this.events.publishEvent(new Notice(invitees, key,
				List.of(meeting.title(), WHEN.format(meeting.startsAt().atZone(zone))), link(meeting)));
	}

	private static String link(Meeting meeting) {
		return "/meetings/" + meeting.id();
	}

	private void requireConvener(SignedInStaff me) {
		if (!mayConvene(me)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.meeting.conveners-only");
		}
	}

	private void requireProposer(SignedInStaff me, UUID groupId) {
		if (!mayConvene(me) && !this.groups.mayPropose(me.staffId(), groupId)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.meeting.members-only");
		}
	}

}
