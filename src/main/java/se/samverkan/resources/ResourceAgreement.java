package se.samverkan.resources;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.samverkan.activityplans.ApprovalCycle;
import se.samverkan.activityplans.ApprovalStatus;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * An agreement that commits resources (R15): pending until the head of operations of
 * every listed unit has approved it.
 */
@Table("resource_agreement")
public class ResourceAgreement {

	@Id
	private final UUID id;

	private final String title;

	private final String description;

	private ApprovalStatus status;

	private final UUID proposedBy;

	private final Instant proposedAt;

	private Instant approvedAt;

	@MappedCollection(idColumn = "resource_agreement_id")
	private final Set<Party> parties;

	@MappedCollection(idColumn = "resource_agreement_id")
	private Set<PartyApproval> approvals;

	@Version
	private Integer version;

	@PersistenceCreator
	ResourceAgreement(UUID id, String title, String description, ApprovalStatus status, UUID proposedBy,
			Instant proposedAt, Instant approvedAt, Set<Party> parties, Set<PartyApproval> approvals, Integer version) {
		this.id = id;
		this.title = title;
		this.description = description;
		this.status = status;
		this.proposedBy = proposedBy;
		this.proposedAt = proposedAt;
		this.approvedAt = approvedAt;
		this.parties = Set.copyOf(parties);
		this.approvals = Set.copyOf(approvals);
		this.version = version;
	}

	static ResourceAgreement propose(String title, String description, Collection<UUID> unitIds, UUID by, Instant at) {
		if (title == null || title.isBlank()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.resource-agreement.title-required");
		}
		if (description == null || description.isBlank()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.resource-agreement.description-required");
		}
		if (title.strip().length() > 200 || description.strip().length() > 4000) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.too-long", 4000);
		}
		if (unitIds == null || unitIds.isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.resource-agreement.units-required");
		}
		ApprovalCycle cycle = ApprovalCycle.draft().submit(unitIds);
		return new ResourceAgreement(UUID.randomUUID(), title.strip(), description.strip(), cycle.status(), by, at,
				null, cycle.parties().stream().map(Party::new).collect(Collectors.toSet()), Set.of(), null);
	}

	ApprovalCycle cycle() {
		Map<UUID, ApprovalCycle.Approval> given = new LinkedHashMap<>();
		this.approvals.forEach(
				(a) -> given.put(a.unitId(), new ApprovalCycle.Approval(a.unitId(), a.approvedBy(), a.approvedAt())));
		return new ApprovalCycle(this.status, 1, this.parties.stream().map(Party::unitId).collect(Collectors.toSet()),
				given, null);
	}

	void approve(ApprovalCycle.Approver approver, Instant at) {
		ApprovalCycle next = cycle().approve(approver, at);
		this.status = next.status();
		this.approvals = next.approvals()
			.values()
			.stream()
			.map((a) -> new PartyApproval(a.unitId(), a.approvedBy(), a.approvedAt()))
			.collect(Collectors.toSet());
		if (this.status == ApprovalStatus.APPROVED) {
			this.approvedAt = at;
		}
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

	/** {@code PENDING} until every listed unit has approved, then {@code APPROVED}. */
	public String status() {
		return (this.status == ApprovalStatus.APPROVED) ? "APPROVED" : "PENDING";
	}

	public UUID proposedBy() {
		return this.proposedBy;
	}

	public Instant proposedAt() {
		return this.proposedAt;
	}

	public Instant approvedAt() {
		return this.approvedAt;
	}

	public Integer version() {
		return this.version;
	}

	/** A unit whose head of operations must approve. */
	@Table("resource_agreement_party")
	record Party(UUID unitId) {
	}

	/** A unit's approval. */
	@Table("resource_agreement_approval")
	record PartyApproval(UUID unitId, UUID approvedBy, Instant approvedAt) {
	}

}
