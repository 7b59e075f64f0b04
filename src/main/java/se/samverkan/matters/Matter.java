package se.samverkan.matters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * A matter (ärende) reported to the conveners (R9, R11): a grey zone, deficiency,
 * deviation, improvement or other. It moves through analysis to prioritised or closed
 * (see {@link MatterStatus}); closing needs an answer, which the reporter sees. Every
 * change is a step of its trail with who, when and why; internal notes are steps the
 * reporter does not see. No text may hold a personal identity number (L5).
 */
@Table("matter")
public class Matter {

	static final int TITLE_MAX = 200;

	static final int TEXT_MAX = 4000;

	static final int NAME_MAX = 200;

	static final int EMAIL_MAX = 254;

	@Id
	private final UUID id;

	private final String title;

	private final String description;

	private final MatterCategory category;

	private final MatterSource source;

	private MatterStatus status;

	/**
	 * The staff member who reported it; {@code null} when it came through the public
	 * form.
	 */
	private final UUID reportedBy;

	private final UUID reportedByUnitId;

	/** The interest organisation named on the public form, if any. */
	private final String organisationName;

	/** Where the public form's writer wants an answer, if anywhere. */
	private final String contactEmail;

	/** The answer the reporter sees, given when the matter was closed. */
	private String answer;

	private final Instant reportedAt;

	private Instant changedAt;

	@MappedCollection(idColumn = "matter_id", keyColumn = "position")
	private final List<MatterStep> steps;

	@Version
	private Integer version;

	@PersistenceCreator
	Matter(UUID id, String title, String description, MatterCategory category, MatterSource source, MatterStatus status,
			UUID reportedBy, UUID reportedByUnitId, String organisationName, String contactEmail, String answer,
			Instant reportedAt, Instant changedAt, List<MatterStep> steps, Integer version) {
		this.id = id;
		this.title = title;
		this.description = description;
		this.category = category;
		this.source = source;
		this.status = status;
		this.reportedBy = reportedBy;
		this.reportedByUnitId = reportedByUnitId;
		this.organisationName = organisationName;
		this.contactEmail = contactEmail;
		this.answer = answer;
		this.reportedAt = reportedAt;
		this.changedAt = changedAt;
		this.steps = new ArrayList<>(steps);
		this.version = version;
	}

	/**
	 * A new matter, {@link MatterStatus#REPORTED}.
	 * @param reporter who reports it: a staff member, or the public form (no staff id)
	 * @param today the date it is written on, for the personal identity number check
	 */
	static Matter report(Report report, Who reporter, UUID reporterUnitId, Instant now, LocalDate today) {
		String title = required(report.title(), TITLE_MAX, "title");
		String description = required(report.description(), TEXT_MAX, "description");
		if (report.category() == null) {
			throw invalid("category-required");
		}
		if (report.source() == null) {
			throw invalid("source-required");
		}
		String organisation = optional(report.organisationName(), NAME_MAX, "organisation-name");
		String email = optional(report.contactEmail(), EMAIL_MAX, "email");
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw invalid("email-invalid");
		}
		GovernanceText.requireNoPersonalIdentityNumber(today, title, description, organisation);
		Matter matter = new Matter(UUID.randomUUID(), title, description, report.category(), report.source(),
				MatterStatus.REPORTED, reporter.staffId(), reporterUnitId, organisation, email, null, now, now,
				List.of(), null);
		matter.steps.add(new MatterStep(StepKind.REPORTED, null, MatterStatus.REPORTED, null, null, null, null,
				reporter.username(), reporter.staffId(), now));
		return matter;
	}

	/**
	 * Moves the matter on, with why; closing needs a comment, which becomes the answer
	 * the reporter sees.
	 * @throws DomainException {@code invalid-transition} for a move the status machine
	 * does not allow
	 */
	void moveTo(MatterStatus to, String comment, Who who, Instant now, LocalDate today) {
		if (!this.status.mayMoveTo(to)) {
			throw new DomainException(ErrorCode.INVALID_TRANSITION, "error.matter.invalid-transition");
		}
		String why = optional(comment, TEXT_MAX, "comment");
		if (to == MatterStatus.CLOSED && why == null) {
			throw invalid("answer-required");
		}
		GovernanceText.requireNoPersonalIdentityNumber(today, why);
		MatterStatus from = this.status;
		this.status = to;
		if (to == MatterStatus.CLOSED) {
			this.answer = why;
		}
		add(new MatterStep(StepKind.STATUS_CHANGED, from, to, why, null, null, null, who.username(), who.staffId(),
				now));
	}

	/** An internal note of the handlers; the reporter does not see it. */
	void note(String text, Who who, Instant now, LocalDate today) {
		String note = required(text, TEXT_MAX, "note");
		GovernanceText.requireNoPersonalIdentityNumber(today, note);
		add(new MatterStep(StepKind.INTERNAL_NOTE, null, null, note, null, null, null, who.username(), who.staffId(),
				now));
	}

	/** A step recorded by another module: a meeting, decision, activity or result. */
	void extendTrail(TrailEntry entry, Who who, Instant now, LocalDate today) {
		Objects.requireNonNull(entry);
		String text = optional(entry.text(), TEXT_MAX, "text");
		String referenceTitle = optional(entry.referenceTitle(), 300, "reference-title");
		if (text == null && referenceTitle == null) {
			throw invalid("text-required");
		}
		GovernanceText.requireNoPersonalIdentityNumber(today, text, referenceTitle);
		add(new MatterStep(entry.kind(), null, null, text, entry.referenceId(), referenceTitle, entry.referenceDate(),
				who.username(), who.staffId(), now));
	}

	private void add(MatterStep step) {
		this.steps.add(step);
		this.changedAt = step.at();
	}

	private static String required(String value, int max, String field) {
		String stripped = optional(value, max, field);
		if (stripped == null) {
			throw invalid(field + "-required");
		}
		return stripped;
	}

	private static String optional(String value, int max, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.matter." + field + "-too-long", max);
		}
		return stripped;
	}

	private static DomainException invalid(String what) {
		return new DomainException(ErrorCode.VALIDATION_FAILED, "error.matter." + what);
	}

	public UUID id() {
		return this.id;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	public MatterCategory category() {
		return this.category;
	}

	public MatterSource source() {
		return this.source;
	}

	public MatterStatus status() {
		return this.status;
	}

	public UUID reportedBy() {
		return this.reportedBy;
	}

	public UUID reportedByUnitId() {
		return this.reportedByUnitId;
	}

	public String organisationName() {
		return this.organisationName;
	}

	public String contactEmail() {
		return this.contactEmail;
	}

	public String answer() {
		return this.answer;
	}

	public Instant reportedAt() {
		return this.reportedAt;
	}

	public Instant changedAt() {
		return this.changedAt;
	}

	public List<MatterStep> steps() {
		return List.copyOf(this.steps);
	}

	public Integer version() {
		return this.version;
	}

	MatterSummary summary() {
		return new MatterSummary(this.id, this.title, this.status, this.category);
	}

	/** What a reporter writes. */
	record Report(String title, String description, MatterCategory category, MatterSource source,
			String organisationName, String contactEmail) {
	}

	/** Who acts: a user name and, for staff, their id. */
	record Who(String username, UUID staffId) {
	}

}
