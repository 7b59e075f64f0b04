package se.samverkan.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * A meeting of a group with its agenda, attendance, outcomes, decisions, action items and
 * the approval of its minutes. Changes go through methods named for the intention, which
 * check the status machines ({@link MeetingStatus}, {@link MinutesStatus}) first.
 */
class Meeting {

	/** The standing first item of every steering-group agenda (R20). */
	static final String STANDING_ITEM = "Information om våra verksamheter";

	static final int TITLE_MAX = 200;

	static final int NOTES_MAX = 8000;

	private final UUID id;

	private final UUID groupId;

	private String title;

	private Instant startsAt;

	private Instant endsAt;

	private String location;

	private String videoLink;

	private MeetingStatus status;

	private MinutesStatus minutesStatus;

	private int sequence;

	private final UUID createdBy;

	private int version;

	private final List<AgendaItem> agenda;

	private final Set<UUID> attendees;

	private final Map<UUID, Instant> approvals;

	private final List<Decision> decisions;

	private final List<ActionItem> actions;

	Meeting(UUID id, UUID groupId, String title, Instant startsAt, Instant endsAt, String location, String videoLink,
			MeetingStatus status, MinutesStatus minutesStatus, int sequence, UUID createdBy, int version,
			List<AgendaItem> agenda, Set<UUID> attendees, Map<UUID, Instant> approvals, List<Decision> decisions,
			List<ActionItem> actions) {
		this.id = id;
		this.groupId = groupId;
		this.title = title;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.location = location;
		this.videoLink = videoLink;
		this.status = status;
		this.minutesStatus = minutesStatus;
		this.sequence = sequence;
		this.createdBy = createdBy;
		this.version = version;
		this.agenda = new ArrayList<>(agenda);
		this.attendees = new LinkedHashSet<>(attendees);
		this.approvals = new LinkedHashMap<>(approvals);
		this.decisions = new ArrayList<>(decisions);
		this.actions = new ArrayList<>(actions);
	}

	/**
	 * A new planned meeting; a steering-group meeting's agenda starts with the standing
	 * item about the parties' operations (R20).
	 */
	static Meeting plan(UUID groupId, GroupKind kind, MeetingSchedule schedule, UUID createdBy) {
		Meeting meeting = new Meeting(UUID.randomUUID(), groupId, null, null, null, null, null, MeetingStatus.PLANNED,
				MinutesStatus.NONE, 0, createdBy, 0, List.of(), Set.of(), Map.of(), List.of(), List.of());
		meeting.apply(schedule);
		if (kind == GroupKind.STEERING_GROUP) {
			meeting.agenda
				.add(new AgendaItem(UUID.randomUUID(), STANDING_ITEM, null, null, true, "", null, false, null));
		}
		return meeting;
	}

	/** Changes time, place or title; calendars see a new SEQUENCE of the same event. */
	void reschedule(MeetingSchedule schedule) {
		if (this.status != MeetingStatus.PLANNED) {
			throw invalid("error.meeting.not-planned");
		}
		apply(schedule);
		this.sequence++;
	}

	void cancel() {
		move(MeetingStatus.CANCELLED);
		this.sequence++;
	}

	/** Adds an item to the agenda while the minutes are not yet sent for approval. */
	AgendaItem addAgendaItem(String title, UUID matterId, UUID proposedBy, UUID carriedFromId) {
		requireOpenAgenda();
		AgendaItem item = new AgendaItem(UUID.randomUUID(), text(title, TITLE_MAX, "error.meeting.item-title-required"),
				matterId, proposedBy, false, "", null, false, carriedFromId);
		this.agenda.add(item);
		return item;
	}

	/**
	 * Writes the minutes' draft: attendance and, per agenda item, notes, outcome,
	 * decisions and whether it is unfinished. The meeting is then held.
	 */
	void writeMinutes(Set<UUID> attendeeStaffIds, List<ItemMinutes> items) {
		if (this.status == MeetingStatus.CANCELLED) {
			throw invalid("error.meeting.cancelled");
		}
		if (!this.minutesStatus.editable()) {
			throw invalid("error.meeting.minutes-locked");
		}
		Map<UUID, ItemMinutes> byItem = new LinkedHashMap<>();
		for (ItemMinutes minutes : items) {
			if (minutes == null || agendaItem(minutes.agendaItemId()).isEmpty()) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.meeting.item-unknown");
			}
			byItem.put(minutes.agendaItemId(), minutes);
		}
		List<Decision> written = new ArrayList<>();
		for (int i = 0; i < this.agenda.size(); i++) {
			AgendaItem item = this.agenda.get(i);
			ItemMinutes minutes = byItem.get(item.id());
			if (minutes == null) {
				this.decisions.stream().filter((d) -> d.agendaItemId().equals(item.id())).forEach(written::add);
				continue;
			}
			String notes = (minutes.notes() != null) ? minutes.notes().strip() : "";
			if (notes.length() > NOTES_MAX) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.meeting.notes-too-long");
			}
			List<DecisionText> texts = (minutes.decisions() != null) ? minutes.decisions() : List.of();
			for (DecisionText decision : texts) {
				String text = text((decision != null) ? decision.text() : null, 4000,
						"error.meeting.decision-text-required");
				written.add(new Decision(UUID.randomUUID(), item.id(), text, decision.reviewOn()));
			}
			Outcome outcome = (minutes.outcome() != null) ? minutes.outcome()
					: (!texts.isEmpty()) ? Outcome.DECISION : item.outcome();
			this.agenda.set(i, item.withMinutes(notes, outcome, minutes.unfinished()));
		}
		this.decisions.clear();
		this.decisions.addAll(written);
		this.attendees.clear();
		this.attendees.addAll(attendeeStaffIds);
		if (this.status == MeetingStatus.PLANNED) {
			move(MeetingStatus.HELD);
		}
		this.minutesStatus = MinutesStatus.DRAFT;
	}

	/** Records an action: a responsible person and a due date. */
	ActionItem addAction(String title, UUID responsibleStaffId, LocalDate dueOn, UUID agendaItemId) {
		if (this.status == MeetingStatus.CANCELLED || this.minutesStatus == MinutesStatus.APPROVED
				|| this.minutesStatus == MinutesStatus.IN_APPROVAL) {
			throw invalid("error.meeting.minutes-locked");
		}
		if (responsibleStaffId == null || dueOn == null) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.meeting.action-incomplete");
		}
		if (agendaItemId != null && agendaItem(agendaItemId).isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.meeting.item-unknown");
		}
		ActionItem action = new ActionItem(UUID.randomUUID(), agendaItemId,
				text(title, 500, "error.meeting.action-title-required"), responsibleStaffId, dueOn, false);
		this.actions.add(action);
		if (agendaItemId != null) {
			for (int i = 0; i < this.agenda.size(); i++) {
				AgendaItem item = this.agenda.get(i);
				if (item.id().equals(agendaItemId) && item.outcome() == null) {
					this.agenda.set(i, item.withMinutes(item.notes(), Outcome.ACTION, item.unfinished()));
				}
			}
		}
		return action;
	}

	/** Sends the written minutes to the attendees for approval. */
	void submitMinutes() {
		if (!this.minutesStatus.mayMoveTo(MinutesStatus.IN_APPROVAL) || this.minutesStatus == MinutesStatus.NONE) {
			throw invalid("error.meeting.minutes-not-written");
		}
		if (this.attendees.isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.meeting.attendance-required");
		}
		this.minutesStatus = MinutesStatus.IN_APPROVAL;
	}

	/**
	 * An attendee approves the minutes; once all have, they are approved and locked.
	 * Returns whether that happened now.
	 */
	boolean approveMinutes(UUID staffId, Instant now) {
		if (this.minutesStatus != MinutesStatus.IN_APPROVAL) {
			throw invalid("error.meeting.minutes-not-in-approval");
		}
		if (!this.attendees.contains(staffId)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.meeting.attendees-only");
		}
		this.approvals.putIfAbsent(staffId, now);
		if (this.approvals.keySet().containsAll(this.attendees)) {
			this.minutesStatus = MinutesStatus.APPROVED;
			return true;
		}
		return false;
	}

	/** The items to carry over to the next meeting: those marked unfinished. */
	List<AgendaItem> unfinishedItems() {
		return this.agenda.stream().filter(AgendaItem::unfinished).toList();
	}

	Optional<AgendaItem> agendaItem(UUID itemId) {
		return this.agenda.stream().filter((item) -> item.id().equals(itemId)).findFirst();
	}

	boolean awaitsApprovalOf(UUID staffId) {
		return this.minutesStatus == MinutesStatus.IN_APPROVAL && this.attendees.contains(staffId)
				&& !this.approvals.containsKey(staffId);
	}

	void bumpVersion() {
		this.version++;
	}

	private void apply(MeetingSchedule schedule) {
		this.title = text(schedule.title(), TITLE_MAX, "error.meeting.title-required");
		if (schedule.startsAt() == null || schedule.endsAt() == null) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.meeting.time-required");
		}
		if (!schedule.endsAt().isAfter(schedule.startsAt())) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.meeting.ends-before-start");
		}
		this.startsAt = schedule.startsAt();
		this.endsAt = schedule.endsAt();
		this.location = blankToNull(schedule.location(), 200);
		String link = blankToNull(schedule.videoLink(), 500);
		if (link != null && !link.startsWith("https://")) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.meeting.video-link-https");
		}
		this.videoLink = link;
	}

	private void move(MeetingStatus target) {
		if (!this.status.mayMoveTo(target)) {
			throw invalid("error.meeting.invalid-transition");
		}
		this.status = target;
	}

	private void requireOpenAgenda() {
		if (this.status == MeetingStatus.CANCELLED) {
			throw invalid("error.meeting.cancelled");
		}
		if (!this.minutesStatus.editable()) {
			throw invalid("error.meeting.minutes-locked");
		}
	}

	private static DomainException invalid(String key) {
		return new DomainException(ErrorCode.INVALID_TRANSITION, key);
	}

	static String text(String value, int max, String requiredKey) {
		String stripped = (value != null) ? value.strip() : "";
		if (stripped.isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, requiredKey);
		}
		if (stripped.length() > max) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.meeting.text-too-long", max);
		}
		return stripped;
	}

	private static String blankToNull(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.meeting.text-too-long", max);
		}
		return stripped;
	}

	UUID id() {
		return this.id;
	}

	UUID groupId() {
		return this.groupId;
	}

	String title() {
		return this.title;
	}

	Instant startsAt() {
		return this.startsAt;
	}

	Instant endsAt() {
		return this.endsAt;
	}

	String location() {
		return this.location;
	}

	String videoLink() {
		return this.videoLink;
	}

	MeetingStatus status() {
		return this.status;
	}

	MinutesStatus minutesStatus() {
		return this.minutesStatus;
	}

	int sequence() {
		return this.sequence;
	}

	UUID createdBy() {
		return this.createdBy;
	}

	int version() {
		return this.version;
	}

	List<AgendaItem> agenda() {
		return List.copyOf(this.agenda);
	}

	Set<UUID> attendees() {
		return Set.copyOf(this.attendees);
	}

	Map<UUID, Instant> approvals() {
		return Map.copyOf(this.approvals);
	}

	List<Decision> decisions() {
		return List.copyOf(this.decisions);
	}

	List<ActionItem> actions() {
		return List.copyOf(this.actions);
	}

	/** One item on the agenda with what the minutes say about it. */
	record AgendaItem(UUID id, String title, UUID matterId, UUID proposedBy, boolean standing, String notes,
			Outcome outcome, boolean unfinished, UUID carriedFromId) {

		AgendaItem withMinutes(String notes, Outcome outcome, boolean unfinished) {
			return new AgendaItem(this.id, this.title, this.matterId, this.proposedBy, this.standing, notes, outcome,
					unfinished, this.carriedFromId);
		}

	}

	/** A decision taken under an agenda item. */
	record Decision(UUID id, UUID agendaItemId, String text, LocalDate reviewOn) {
	}

	/** An action: what, who is responsible, by when. */
	record ActionItem(UUID id, UUID agendaItemId, String title, UUID responsibleStaffId, LocalDate dueOn,
			boolean done) {
	}

}
