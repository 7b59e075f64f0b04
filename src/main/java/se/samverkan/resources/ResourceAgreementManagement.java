package se.samverkan.resources;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.activityplans.ApprovalCycle;
import se.samverkan.notification.Notice;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.PersonalIdentityNumber;
import se.samverkan.shared.StaleVersionException;

/**
 * Resource agreements (R15): anyone signed in proposes one listing the units whose
 * resources it commits; the head of operations of each approves it for their unit; it
 * counts once all have.
 */
@Service
@Transactional
public class ResourceAgreementManagement {

	private final ResourceAgreements agreements;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ResourceAgreementManagement(ResourceAgreements agreements, Directory directory, ApplicationEventPublisher events,
			Clock clock) {
		this.agreements = agreements;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	public ResourceAgreementView propose(SignedInStaff me, String title, String description, Collection<UUID> unitIds) {
		for (UUID unit : (unitIds != null) ? unitIds : List.<UUID>of()) {
			if (this.directory.unit(unit).isEmpty()) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.unit-unknown");
			}
		}
		if (PersonalIdentityNumber.isContainedIn(title, LocalDate.now(this.clock))
				|| PersonalIdentityNumber.isContainedIn(description, LocalDate.now(this.clock))) {
			throw new DomainException(ErrorCode.PERSONAL_DATA_NOT_ALLOWED);
		}
		ResourceAgreement agreement = ResourceAgreement.propose(title, description, unitIds, me.staffId(),
				this.clock.instant());
		ResourceAgreement saved = save(me, agreement, "ResourceAgreementProposed");
		Set<UUID> heads = this.directory.staffHolding(Set.of(StaffFunction.HEAD_OF_OPERATIONS))
			.stream()
			.filter((staff) -> staff.active() && saved.cycle().parties().contains(staff.unitId()))
			.map(StaffView::id)
			.collect(Collectors.toSet());
		if (!heads.isEmpty()) {
			this.events.publishEvent(new Notice(heads, "resources.notice.proposed", List.of(saved.title()),
					"/resource-agreements/" + saved.id()));
		}
		return view(saved);
	}

	public ResourceAgreementView approve(SignedInStaff me, UUID id, Integer expectedVersion) {
		ResourceAgreement agreement = this.agreements.findById(id).orElseThrow(NotFoundException::new);
		StaleVersionException.check(expectedVersion, agreement.version());
		agreement.approve(
				new ApprovalCycle.Approver(me.staffId(), me.unit().id(), me.holds(StaffFunction.HEAD_OF_OPERATIONS)),
				this.clock.instant());
		return view(save(me, agreement, "ResourceAgreementApprovedForUnit"));
	}

	@Transactional(readOnly = true)
	public ResourceAgreementView agreement(UUID id) {
		return this.agreements.findById(id).map(this::view).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<ResourceAgreementView> all() {
		return this.agreements.findAllByOrderByProposedAtDesc().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public boolean mayApprove(SignedInStaff me, UUID id) {
		return this.agreements.findById(id)
			.map((a) -> a.cycle()
				.mayDecide(new ApprovalCycle.Approver(me.staffId(), me.unit().id(),
						me.holds(StaffFunction.HEAD_OF_OPERATIONS))))
			.orElse(false);
	}

	/**
	 * How many agreements wait for the approval of the staff member's unit: only a head
	 * of operations approves (R15).
	 */
	@Transactional(readOnly = true)
	public long awaitingApprovalOf(SignedInStaff me) {
		return me.holds(StaffFunction.HEAD_OF_OPERATIONS) ? this.agreements.countAwaitingApprovalOf(me.unit().id()) : 0;
	}

	private ResourceAgreement save(SignedInStaff me, ResourceAgreement agreement, String action) {
		Integer before = agreement.version();
		ResourceAgreement saved = this.agreements.save(agreement);
		this.events.publishEvent(new ResourceAgreementChanged(me.getUsername(), saved.id(), action, before,
				saved.version(), saved.title()));
		return saved;
	}

	private ResourceAgreementView view(ResourceAgreement agreement) {
		ApprovalCycle cycle = agreement.cycle();
		List<ResourceAgreementView.PartyView> parties = new ArrayList<>();
		// in the directory's order: regions first, then by principal and name
		for (UnitView unit : this.directory.units(cycle.parties()).values()) {
			ApprovalCycle.Approval approval = cycle.approvals().get(unit.id());
			parties.add(new ResourceAgreementView.PartyView(unit.id(), unit.name(),
					(approval != null) ? name(approval.approvedBy()) : null,
					(approval != null) ? approval.approvedAt() : null));
		}
		return new ResourceAgreementView(agreement.id(), agreement.title(), agreement.description(), agreement.status(),
				name(agreement.proposedBy()), agreement.proposedAt(), agreement.approvedAt(), parties,
				parties.stream().filter((p) -> !p.approved()).map(ResourceAgreementView.PartyView::unitId).toList(),
				agreement.version());
	}

	private String name(UUID staffId) {
		return this.directory.staffMember(staffId).map(StaffView::displayName).orElse("");
	}

}
