package se.samverkan.meetings.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import se.samverkan.meetings.DecisionText;
import se.samverkan.meetings.ItemMinutes;
import se.samverkan.meetings.MeetingViews.AgendaItemView;
import se.samverkan.meetings.MeetingViews.DecisionView;
import se.samverkan.meetings.MeetingViews.MeetingView;
import se.samverkan.meetings.MeetingViews.Person;
import se.samverkan.meetings.Outcome;

/**
 * The minutes' form: who attended and, per agenda item, notes, outcome, decisions (one a
 * line) with a review date, and whether it is unfinished.
 */
public class MinutesForm {

	private Integer version;

	private List<UUID> attendeeStaffIds = new ArrayList<>();

	private List<Item> items = new ArrayList<>();

	static MinutesForm of(MeetingView meeting) {
		MinutesForm form = new MinutesForm();
		form.version = meeting.version();
		form.attendeeStaffIds = new ArrayList<>(meeting.attendees().stream().map(Person::staffId).toList());
		for (AgendaItemView item : meeting.agenda()) {
			Item row = new Item();
			row.setAgendaItemId(item.id());
			row.setNotes(item.notes());
			row.setOutcome(item.outcome());
			row.setUnfinished(item.unfinished());
			List<DecisionView> decisions = meeting.decisionsOf(item.id());
			row.setDecisions(String.join("\n", decisions.stream().map(DecisionView::text).toList()));
			row.setReviewOn(decisions.stream()
				.map(DecisionView::reviewOn)
				.filter(java.util.Objects::nonNull)
				.findFirst()
				.orElse(null));
			form.items.add(row);
		}
		return form;
	}

	List<ItemMinutes> minutes() {
		return this.items.stream().map(Item::minutes).toList();
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public List<UUID> getAttendeeStaffIds() {
		return this.attendeeStaffIds;
	}

	public void setAttendeeStaffIds(List<UUID> attendeeStaffIds) {
		this.attendeeStaffIds = (attendeeStaffIds != null) ? attendeeStaffIds : new ArrayList<>();
	}

	public List<Item> getItems() {
		return this.items;
	}

	public void setItems(List<Item> items) {
		this.items = (items != null) ? items : new ArrayList<>();
	}

	/** One agenda item's minutes. */
	public static class Item {

		private UUID agendaItemId;

		private String notes = "";

		private Outcome outcome;

		private String decisions = "";

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate reviewOn;

		private boolean unfinished;

		ItemMinutes minutes() {
			List<DecisionText> texts = Arrays
				.stream((this.decisions != null) ? this.decisions.split("\\R") : new String[0])
				.map(String::strip)
				.filter((line) -> !line.isEmpty())
				.map((line) -> new DecisionText(line, this.reviewOn))
				.toList();
			return new ItemMinutes(this.agendaItemId, this.notes, this.outcome, texts, this.unfinished);
		}

		public UUID getAgendaItemId() {
			return this.agendaItemId;
		}

		public void setAgendaItemId(UUID agendaItemId) {
			this.agendaItemId = agendaItemId;
		}

		public String getNotes() {
			return this.notes;
		}

		public void setNotes(String notes) {
			this.notes = notes;
		}

		public Outcome getOutcome() {
			return this.outcome;
		}

		public void setOutcome(Outcome outcome) {
			this.outcome = outcome;
		}

		public String getDecisions() {
			return this.decisions;
		}

		public void setDecisions(String decisions) {
			this.decisions = decisions;
		}

		public LocalDate getReviewOn() {
			return this.reviewOn;
		}

		public void setReviewOn(LocalDate reviewOn) {
			this.reviewOn = reviewOn;
		}

		public boolean isUnfinished() {
			return this.unfinished;
		}

		public void setUnfinished(boolean unfinished) {
			this.unfinished = unfinished;
		}

	}

}
