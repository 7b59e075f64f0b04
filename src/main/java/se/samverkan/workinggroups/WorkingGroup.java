package se.samverkan.workinggroups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * A working group (R13, R17, R18) on one activity under its directive: its lead, members
 * with written mandates their nearest managers approve, the implementation plan and the
 * reports.
 */
@Table("working_group")
public class WorkingGroup {

	static final int NAME_MAX = 200;

	static final int MANDATE_MAX = 4000;

	static final int REPORT_MAX = 8000;

	@Id
	private final UUID id;

	private final UUID activityId;

	private final UUID directiveId;

	private final UUID leadStaffId;

	private final String name;

	private final UUID formedBy;

	private final Instant formedAt;

	private Instant completedAt;

	@MappedCollection(idColumn = "working_group_id")
	private Set<Member> members;

	@MappedCollection(idColumn = "working_group_id", keyColumn = "position")
	private List<Milestone> milestones;

	@MappedCollection(idColumn = "working_group_id")
	private Set<Report> reports;

	@Version
	private Integer version;

	@PersistenceCreator
	WorkingGroup(UUID id, UUID activityId, UUID directiveId, UUID leadStaffId, String name, UUID formedBy,
			Instant formedAt, Instant completedAt, Set<Member> members, List<Milestone> milestones, Set<Report> reports,
			Integer version) {
		this.id = id;
		this.activityId = activityId;
		this.directiveId = directiveId;
		this.leadStaffId = leadStaffId;
		this.name = name;
		this.formedBy = formedBy;
		this.formedAt = formedAt;
		this.completedAt = completedAt;
		this.members = Set.copyOf(members);
		this.milestones = List.copyOf(milestones);
		this.reports = Set.copyOf(reports);
		this.version = version;
	}

	static WorkingGroup form(UUID activityId, UUID directiveId, UUID leadStaffId, String name, UUID formedBy,
			Instant at) {
		if (name == null || name.isBlank()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.working-group.name-required");
		}
		if (name.strip().length() > NAME_MAX) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.too-long", NAME_MAX);
		}
		return new WorkingGroup(UUID.randomUUID(), Objects.requireNonNull(activityId),
				Objects.requireNonNull(directiveId), Objects.requireNonNull(leadStaffId), name.strip(), formedBy, at,
				null, Set.of(), List.of(), Set.of(), null);
	}

	/** The lead recruits a member under a written mandate (R18); blank is refused. */
	void recruit(UUID staffId, String mandate, Instant at) {
		if (mandate == null || mandate.isBlank()) {
			throw new DomainException(ErrorCode.MANDATE_REQUIRED, "error.working-group.mandate-required");
		}
		if (mandate.strip().length() > MANDATE_MAX) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.too-long", MANDATE_MAX);
		}
		if (staffId.equals(this.leadStaffId) || member(staffId).isPresent()) {
			throw new DomainException(ErrorCode.CONFLICT, "error.working-group.already-member");
		}
		Set<Member> all = new LinkedHashSet<>(this.members);
		all.add(new Member(staffId, mandate.strip(), at, null, null));
		this.members = all;
	}

	/** The member's nearest manager approves the mandate (R18). */
	void approveMandate(UUID staffId, UUID managerId, Instant at) {
		Member member = member(staffId).orElseThrow(se.samverkan.shared.NotFoundException::new);
		if (member.approved()) {
			throw new DomainException(ErrorCode.INVALID_TRANSITION, "error.working-group.mandate-already-approved");
		}
		Set<Member> all = new LinkedHashSet<>(this.members);
		all.remove(member);
		all.add(new Member(staffId, member.mandate(), member.addedAt(), managerId, at));
		this.members = all;
	}

	/**
	 * Replaces the implementation plan; a milestone reached keeps the day it was reached.
	 */
	void plan(List<PlannedMilestone> planned, LocalDate today) {
		List<Milestone> next = new ArrayList<>();
		for (PlannedMilestone milestone : planned) {
			if (milestone == null || milestone.title() == null || milestone.title().isBlank()
					|| milestone.dueOn() == null) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.working-group.milestone-invalid");
			}
			if (milestone.title().strip().length() > 300) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.too-long", 300);
			}
			LocalDate doneOn = null;
			if (milestone.done()) {
				doneOn = this.milestones.stream()
					.filter((old) -> old.title().equals(milestone.title().strip()) && old.doneOn() != null)
					.map(Milestone::doneOn)
					.findFirst()
					.orElse(today);
			}
			next.add(new Milestone(milestone.title().strip(), milestone.dueOn(), doneOn));
		}
		this.milestones = List.copyOf(next);
	}

	/** A report to the steering group or, once a year, the preparation group. */
	Report report(ReportKind kind, String text, UUID by, Instant at) {
		if (kind == null) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.working-group.report-kind-required");
		}
		if (text == null || text.isBlank()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.working-group.report-text-required");
		}
		if (text.strip().length() > REPORT_MAX) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.too-long", REPORT_MAX);
		}
		if (kind == ReportKind.FINAL && this.completedAt != null) {
			throw new DomainException(ErrorCode.INVALID_TRANSITION, "error.working-group.already-completed");
		}
		Report report = new Report(UUID.randomUUID(), kind, text.strip(), by, at);
		Set<Report> all = new LinkedHashSet<>(this.reports);
		all.add(report);
		this.reports = all;
		if (kind == ReportKind.FINAL) {
			this.completedAt = at;
		}
		return report;
	}

	Optional<Member> member(UUID staffId) {
		return this.members.stream().filter((member) -> member.staffId().equals(staffId)).findFirst();
	}

	public UUID id() {
		return this.id;
	}

	public UUID activityId() {
		return this.activityId;
	}

	public UUID directiveId() {
		return this.directiveId;
	}

	public UUID leadStaffId() {
		return this.leadStaffId;
	}

	public String name() {
		return this.name;
	}

	public Instant formedAt() {
		return this.formedAt;
	}

	public Instant completedAt() {
		return this.completedAt;
	}

	public List<Member> members() {
		return this.members.stream().sorted(Comparator.comparing(Member::addedAt)).toList();
	}

	public List<Milestone> milestones() {
		return this.milestones;
	}

	public List<Report> reports() {
		return this.reports.stream().sorted(Comparator.comparing(Report::postedAt)).toList();
	}

	public Integer version() {
		return this.version;
	}

	/** A member, the mandate, and its approval by the member's nearest manager. */
	@Table("working_group_member")
	public record Member(UUID staffId, String mandate, Instant addedAt, UUID mandateApprovedBy,
			Instant mandateApprovedAt) {

		public boolean approved() {
			return this.mandateApprovedAt != null;
		}

	}

	/** A milestone of the implementation plan; reached on {@code doneOn}. */
	@Table("working_group_milestone")
	public record Milestone(String title, LocalDate dueOn, LocalDate doneOn) {

		public boolean done() {
			return this.doneOn != null;
		}

	}

	/** A milestone as the lead plans it. */
	public record PlannedMilestone(String title, LocalDate dueOn, boolean done) {
	}

	/** A report of the group. */
	@Table("working_group_report")
	public record Report(UUID reportId, ReportKind kind, String text, UUID postedBy, Instant postedAt) {
	}

}
