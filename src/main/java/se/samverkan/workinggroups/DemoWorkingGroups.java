package se.samverkan.workinggroups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.activityplans.ActivityPlanManagement;
import se.samverkan.activityplans.DirectiveManagement;
import se.samverkan.activityplans.DirectiveView;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DemoContent;

/**
 * The demo's working group: on this year's first activity, led by a steering-group
 * member, with two members (one mandate approved) and an implementation plan (R17, R18).
 */
@Component
@DemoContent
@Order(52)
class DemoWorkingGroups implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoWorkingGroups.class);

	private final WorkingGroups groups;

	private final WorkingGroupManagement management;

	private final ActivityPlanManagement plans;

	private final DirectiveManagement directives;

	private final Directory directory;

	private final Clock clock;

	DemoWorkingGroups(WorkingGroups groups, WorkingGroupManagement management, ActivityPlanManagement plans,
			DirectiveManagement directives, Directory directory, Clock clock) {
		this.groups = groups;
		this.management = management;
		this.plans = plans;
		this.directives = directives;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.groups.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		List<DirectiveView> issued = this.directives.all()
			.stream()
			.filter((directive) -> directive.year() == today.getYear())
			.toList();
		SignedInStaff convener = this.directory.account("buh.samordnare").orElse(null);
		SignedInStaff lead = this.directory.account("mar.karlstad").orElse(null);
		SignedInStaff karlstad = this.directory.account("lss.karlstad").orElse(null);
		SignedInStaff buh = this.directory.account("buh.personal").orElse(null);
		SignedInStaff manager = this.directory.account("chef.karlstad").orElse(null);
		if (issued.isEmpty() || convener == null || lead == null || karlstad == null || buh == null
				|| manager == null) {
			return;
		}
		DirectiveView directive = issued.get(0);
		WorkingGroupView group = this.management.form(convener, directive.activityId(), directive.id(), lead.staffId(),
				"Arbetsgrupp korttidsvistelse");
		this.management.recruit(lead, group.id(), karlstad.staffId(),
				"Företräder LSS-handläggarna i Karlstad, 4 timmar i månaden februari–november.", null);
		this.management.recruit(lead, group.id(), buh.staffId(),
				"Arbetsterapeut från BUH, 4 timmar i månaden februari–november.", null);
		this.management.approveMandate(manager, group.id(), karlstad.staffId(), null);
		this.management.plan(lead, group.id(), List.of(
				new WorkingGroup.PlannedMilestone("Kartläggning av dagens rutiner", today.minusMonths(2), true),
				new WorkingGroup.PlannedMilestone("Förslag till gemensam rutin", today.plusMonths(1), false),
				new WorkingGroup.PlannedMilestone("Rutinen beslutad i styrgruppen", today.plusMonths(3), false)), null);
		this.management.report(lead, group.id(), ReportKind.PROGRESS,
				"Kartläggningen är klar: sju kommuner har egna rutiner, nio saknar. Förslaget tas fram under hösten.",
				null);
		log.info("Loaded a demo working group");
	}

}
