package se.samverkan.activityplans;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * The activity plan of one year (R12): its approval cycle through the parties' heads of
 * operations. The activities are aggregates of their own that belong to the plan.
 */
@Table("activity_plan")
public class ActivityPlan {

	/** The earliest year a plan may be drafted for (the agreement's first period). */
	public static final int FIRST_YEAR = 2013;

	@Id
	private final UUID id;

	@Column("plan_year")
	private final int year;

	private ApprovalStatus status;

	private int revision;

	private final UUID createdBy;

	private final Instant createdAt;

	private Instant submittedAt;

	private Instant approvedAt;

	private UUID sentBackUnitId;

	private UUID sentBackBy;

	private String sentBackReason;

	private Instant sentBackAt;

	@MappedCollection(idColumn = "activity_plan_id")
	private Set<Party> parties;

	@MappedCollection(idColumn = "activity_plan_id")
	private Set<PartyApproval> approvals;

	@Version
	private Integer version;

	@PersistenceCreator
	ActivityPlan(UUID id, int year, ApprovalStatus status, int revision, UUID createdBy, Instant createdAt,
			Instant submittedAt, Instant approvedAt, UUID sentBackUnitId, UUID sentBackBy, String sentBackReason,
			Instant sentBackAt, Set<Party> parties, Set<PartyApproval> approvals, Integer version) {
		this.id = id;
		this.year = year;
		this.status = status;
		this.revision = revision;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.submittedAt = submittedAt;
		this.approvedAt = approvedAt;
		this.sentBackUnitId = sentBackUnitId;
		this.sentBackBy = sentBackBy;
		this.sentBackReason = sentBackReason;
		this.sentBackAt = sentBackAt;
		this.parties = Set.copyOf(parties);
		this.approvals = Set.copyOf(approvals);
		this.version = version;
	}

	/** Starts the draft of a year's plan. */
	public static ActivityPlan draft(int year, UUID createdBy, Instant at) {
		if (year < FIRST_YEAR || year > 2100) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.activity-plan.year-invalid");
		}
		ActivityPlan plan = new ActivityPlan(UUID.randomUUID(), year, ApprovalStatus.DRAFT, 1,
				Objects.requireNonNull(createdBy), Objects.requireNonNull(at), null, null, null, null, null, null,
				Set.of(), Set.of(), null);
		plan.apply(ApprovalCycle.draft());
		return plan;
	}

	/** The approval cycle as it stands. */
	public ApprovalCycle cycle() {
		Map<UUID, ApprovalCycle.Approval> given = new LinkedHashMap<>();
		this.approvals.forEach((approval) -> given.put(approval.unitId(),
				new ApprovalCycle.Approval(approval.unitId(), approval.approvedBy(), approval.approvedAt())));
		ApprovalCycle.SendBack sendBack = (this.sentBackAt != null)
				? new ApprovalCycle.SendBack(this.sentBackUnitId, this.sentBackBy, this.sentBackReason, this.sentBackAt)
				: null;
		return new ApprovalCycle(this.status, this.revision,
				this.parties.stream().map(Party::unitId).collect(Collectors.toSet()), given, sendBack);
	}

	void submit(Set<UUID> partyUnitIds, Instant at) {
		apply(cycle().submit(partyUnitIds));
		this.submittedAt = at;
		this.approvedAt = null;
	}

	void approve(ApprovalCycle.Approver approver, Instant at) {
		apply(cycle().approve(approver, at));
		if (this.status == ApprovalStatus.APPROVED) {
			this.approvedAt = at;
		}
	}

	void sendBack(ApprovalCycle.Approver approver, String reason, Instant at) {
		apply(cycle().sendBack(approver, reason, at));
		this.submittedAt = null;
	}

	/**
	 * Makes the plan changeable: an approved plan becomes the draft of a new revision.
	 */
	void change() {
		ApprovalCycle before = cycle();
		ApprovalCycle after = before.change();
		if (after != before) {
			apply(after);
			this.submittedAt = null;
			this.approvedAt = null;
		}
	}

	/** The version the plan was saved as, by {@link PlanApprovalWrites}. */
	void saved(int version) {
		this.version = version;
	}

	private void apply(ApprovalCycle cycle) {
		this.status = cycle.status();
		this.revision = cycle.revision();
		this.parties = cycle.parties().stream().map(Party::new).collect(Collectors.toSet());
		this.approvals = cycle.approvals()
			.values()
			.stream()
			.map((approval) -> new PartyApproval(approval.unitId(), approval.approvedBy(), approval.approvedAt()))
			.collect(Collectors.toSet());
		ApprovalCycle.SendBack sendBack = cycle.sentBack();
		this.sentBackUnitId = (sendBack != null) ? sendBack.unitId() : null;
		this.sentBackBy = (sendBack != null) ? sendBack.sentBackBy() : null;
		this.sentBackReason = (sendBack != null) ? sendBack.reason() : null;
		this.sentBackAt = (sendBack != null) ? sendBack.sentBackAt() : null;
	}

	public UUID id() {
		return this.id;
	}

	public int year() {
		return this.year;
	}

	public ApprovalStatus status() {
		return this.status;
	}

	public int revision() {
		return this.revision;
	}

	public UUID createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public Instant approvedAt() {
		return this.approvedAt;
	}

	public Integer version() {
		return this.version;
	}

	/** A unit whose approval the plan needs. */
	@Table("activity_plan_party")
	record Party(UUID unitId) {
	}

	/** A unit's approval. */
	@Table("activity_plan_approval")
	record PartyApproval(UUID unitId, UUID approvedBy, Instant approvedAt) {
	}

}
