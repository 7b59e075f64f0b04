package se.samverkan.activityplans.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import se.samverkan.activityplans.ActivityPlanView;
import se.samverkan.activityplans.ApprovalStatus;

/** The plans as the API writes them: instants with offset, names next to ids. */
final class PlanResponses {

	private PlanResponses() {
	}

	static OffsetDateTime at(Instant instant, ZoneId zone) {
		return (instant != null) ? instant.atZone(zone).toOffsetDateTime() : null;
	}

	static PlanResponse of(ActivityPlanView plan, ZoneId zone) {
		return new PlanResponse(plan.id(), plan.year(), plan.status(), plan.revision(), plan.version(),
				at(plan.createdAt(), zone), at(plan.submittedAt(), zone), at(plan.approvedAt(), zone),
				plan.approvals()
					.stream()
					.map((party) -> new ApprovalResponse(party.unitId(), party.unitName(), party.approvedBy(),
							party.approvedByName(), at(party.approvedAt(), zone)))
					.toList(),
				plan.pendingUnitIds(),
				plan.parties().stream().map((party) -> new PartyResponse(party.unitId(), party.unitName())).toList(),
				(plan.sentBack() != null)
						? new SendBackResponse(plan.sentBack().unitId(), plan.sentBack().unitName(),
								plan.sentBack().byName(), plan.sentBack().reason(), at(plan.sentBack().at(), zone))
						: null,
				plan.activities().stream().map(PlanResponses::of).toList());
	}

	static ActivityResponse of(ActivityPlanView.ActivityView activity) {
		return new ActivityResponse(activity.id(), activity.planId(), activity.title(), activity.goal(),
				activity.matterIds(), activity.responsibleStaffId(), activity.responsibleName(), activity.dueOn(),
				activity.contributions()
					.stream()
					.map((c) -> new ContributionResponse(c.unitId(), c.unitName(), c.resources()))
					.toList(),
				activity.version());
	}

	record PlanResponse(UUID id, int year, ApprovalStatus status, int revision, int version, OffsetDateTime createdAt,
			OffsetDateTime submittedAt, OffsetDateTime approvedAt, List<ApprovalResponse> approvals,
			List<UUID> pendingUnitIds, List<PartyResponse> parties, SendBackResponse sentBack,
			List<ActivityResponse> activities) {
	}

	record ApprovalResponse(UUID unitId, String unitName, UUID approvedBy, String approvedByName,
			OffsetDateTime approvedAt) {
	}

	record PartyResponse(UUID unitId, String unitName) {
	}

	record SendBackResponse(UUID unitId, String unitName, String sentBackBy, String reason, OffsetDateTime sentBackAt) {
	}

	record ActivityResponse(UUID id, UUID planId, String title, String goal, List<UUID> matterIds,
			UUID responsibleStaffId, String responsibleName, LocalDate dueOn, List<ContributionResponse> contributions,
			int version) {
	}

	record ContributionResponse(UUID unitId, String unitName, String resources) {
	}

}
