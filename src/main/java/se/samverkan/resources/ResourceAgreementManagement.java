package se.samverkan.resources;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.activityplans.ApprovalCycle;
import se.samverkan.notification.Notice;
import se.samverkan.organisation.Directory;
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
 * Resource agreements (R15): anyone signed in proposes one listing the units whose
 * resources it commits; the head of operations of each approves it for their unit; it
 * counts once all have.
 */
@Service
@Transactional
public class ResourceAgreementManagement {

	private final ResourceAgreements agreements;

	private final ResourceAgreementReads reads;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ResourceAgreementManagement(ResourceAgreements agreements, ResourceAgreementReads reads, Directory directory,
			ApplicationEventPublisher events, Clock clock) {
		this.agreements = agreements;
		this.reads = reads;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	public ResourceAgreementView propose(SignedInStaff me, String title, String description, Collection<UUID> unitIds) {
		// the named parties in one statement, however many the proposer named
		Collection<UUID> named = (unitIds != null) ? unitIds : List.of();
		if (!this.directory.units(named).keySet().containsAll(named)) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.unit-unknown");
		}
		if (PersonalIdentityNumber.isContainedIn(title, LocalDate.now(this.clock))
				|| PersonalIdentityNumber.isContainedIn(description, LocalDate.now(this.clock))) {
			throw new DomainException(ErrorCode.PERSONAL_DATA_NOT_ALLOWED);
		}
		ResourceAgreement agreement = ResourceAgreement.propose(title, description, unitIds, me.staffId(),
				this.clock.instant());
		ResourceAgreement saved = save(me, agreement, "ResourceAgreementProposed");
		Set<UUID> heads = this.directory.activeStaffIds(saved.cycle().parties(), StaffFunction.HEAD_OF_OPERATIONS);
		if (!heads.isEmpty()) {
			this.events.publishEvent(new Notice(heads, "resources.notice.proposed", List.of(saved.title()),
					"/resource-agreements/" + saved.id()));
		}
		return views(List.of(saved)).get(0);
	}

	public ResourceAgreementView approve(SignedInStaff me, UUID id, Integer expectedVersion) {
		ResourceAgreement agreement = this.agreements.findById(id).orElseThrow(NotFoundException::new);
		StaleVersionException.check(expectedVersion, agreement.version());
		agreement.approve(approver(me), this.clock.instant());
		return views(List.of(save(me, agreement, "ResourceAgreementApprovedForUnit"))).get(0);
	}

	@Transactional(readOnly = true)
	public ResourceAgreementView agreement(UUID id) {
		return views(List.of(read(id))).get(0);
	}

	/**
	 * One page of the agreements, newest proposed first: six statements however many
	 * agreements, parties and approvals (issue 7).
	 */
	@Transactional(readOnly = true)
	public Page<ResourceAgreementView> agreements(PageRequest page) {
		Page<ResourceAgreement> found = this.reads.page(page);
		return new Page<>(views(found.items()), found.page(), found.size(), found.total());
	}

	/** The agreement's page for the reader, from one reading of the agreement. */
	@Transactional(readOnly = true)
	public ResourceAgreementPage agreementPage(SignedInStaff me, UUID id) {
		ResourceAgreement agreement = read(id);
		return new ResourceAgreementPage(views(List.of(agreement)).get(0), agreement.cycle().mayDecide(approver(me)));
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

	private ResourceAgreement read(UUID id) {
		return this.reads.byId(id).orElseThrow(NotFoundException::new);
	}

	private static ApprovalCycle.Approver approver(SignedInStaff me) {
		return new ApprovalCycle.Approver(me.staffId(), me.unit().id(), me.holds(StaffFunction.HEAD_OF_OPERATIONS));
	}

	/**
	 * The agreements as shown, in the order given: the names of their proposers and
	 * approvers in one statement and those of their units in another, however many.
	 */
	private List<ResourceAgreementView> views(List<ResourceAgreement> agreements) {
		Set<UUID> staff = new HashSet<>();
		Set<UUID> units = new HashSet<>();
		for (ResourceAgreement agreement : agreements) {
			ApprovalCycle cycle = agreement.cycle();
			staff.add(agreement.proposedBy());
			cycle.approvals().values().forEach((approval) -> staff.add(approval.approvedBy()));
			units.addAll(cycle.parties());
		}
		Map<UUID, String> names = this.directory.displayNames(staff);
		// in the directory's order: regions first, then by principal and name
		Map<UUID, String> unitNames = this.directory.unitNames(units);
		return agreements.stream().map((agreement) -> view(agreement, names, unitNames)).toList();
	}

	private static ResourceAgreementView view(ResourceAgreement agreement, Map<UUID, String> names,
			Map<UUID, String> unitNames) {
		ApprovalCycle cycle = agreement.cycle();
		List<ResourceAgreementView.PartyView> parties = new ArrayList<>();
		unitNames.forEach((unitId, unitName) -> {
			if (cycle.parties().contains(unitId)) {
				ApprovalCycle.Approval approval = cycle.approvals().get(unitId);
				parties.add(new ResourceAgreementView.PartyView(unitId, unitName,
						(approval != null) ? names.getOrDefault(approval.approvedBy(), "") : null,
						(approval != null) ? approval.approvedAt() : null));
			}
		});
		return new ResourceAgreementView(agreement.id(), agreement.title(), agreement.description(), agreement.status(),
				names.getOrDefault(agreement.proposedBy(), ""), agreement.proposedAt(), agreement.approvedAt(), parties,
				parties.stream().filter((p) -> !p.approved()).map(ResourceAgreementView.PartyView::unitId).toList(),
				agreement.version());
	}

}
