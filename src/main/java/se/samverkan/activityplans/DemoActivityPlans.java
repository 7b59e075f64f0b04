package se.samverkan.activityplans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.matters.MatterSummary;
import se.samverkan.meetings.MeetingViews;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.shared.DemoContent;

/**
 * The demo's activity plans: this year's, approved by every party, with a directive
 * issued by the demo steering-group meeting's decision; and the draft for next year, its
 * activities from the prioritised matters (R12, R13, R17).
 */
@Component
@DemoContent
@Order(51)
class DemoActivityPlans implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoActivityPlans.class);

	private final ActivityPlans plans;

	private final ActivityPlanManagement management;

	private final DirectiveManagement directives;

	private final Directory directory;

	private final Clock clock;

	DemoActivityPlans(ActivityPlans plans, ActivityPlanManagement management, DirectiveManagement directives,
			Directory directory, Clock clock) {
		this.plans = plans;
		this.management = management;
		this.directives = directives;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.plans.count() > 0) {
			return;
		}
		SignedInStaff convener = this.directory.account("buh.samordnare").orElse(null);
		SignedInStaff member = this.directory.account("mar.karlstad").orElse(null);
		SignedInStaff vhHead = this.directory.account("chef.vh").orElse(null);
		if (convener == null || member == null || vhHead == null || !this.management.mayDraft(convener)) {
			return;
		}
		int year = LocalDate.now(this.clock).getYear();
		UUID buh = convener.unit().id();
		ActivityPlanView current = this.management.draft(convener, year);
		ActivityPlanView.ActivityView routine = this.management.addActivity(convener, current.id(),
				new ActivityContent("Gemensam rutin vid korttidsvistelse",
						"Tydlig ansvarsfördelning mellan LSS och habiliteringen när barn vistas på korttidsboende.",
						Set.of(), member.staffId(), LocalDate.of(year, 11, 30),
						Map.of(buh, "Arbetsterapeut 4 timmar i månaden", member.unit().id(),
								"Verksamhetsutvecklare 4 timmar i månaden")),
				null);
		this.management.addActivity(convener, current.id(),
				new ActivityContent("Informationsdag om varandras verksamheter",
						"Personal i kommunerna och habiliteringen känner till varandras uppdrag och rutiner (R19).",
						Set.of(), vhHead.staffId(), LocalDate.of(year, 5, 31),
						Map.of(vhHead.unit().id(), "Lokal och två föreläsare")),
				null);
		this.management.submit(convener, current.id(), null);
		this.directory
			.staffMembers(
					this.directory.activeStaffIds(this.management.agreementParties(), StaffFunction.HEAD_OF_OPERATIONS))
			.values()
			.stream()
			.sorted(Comparator.comparing(StaffView::displayName))
			.forEach((head) -> this.directory.account(head.username()).ifPresent((account) -> {
				if (this.management.mayDecide(account, current.id())) {
					this.management.approve(account, current.id(), null);
				}
			}));
		this.directives.issue(convener, new Directive.DirectiveContent(routine.id(),
				"Flera ärenden om gråzoner vid korttidsvistelse har rapporterats till styrgruppen.",
				"En gemensam rutin som alla 18 parter använder.", "Ta fram, pröva och införa en gemensam rutin.",
				"Barn och unga med insatser från både LSS och BUH.", "Rutin, checklista och en utbildningsträff.",
				"Februari–november " + year, "Se aktivitetens resurser.", "Styrgruppen", greyZoneDecision(), null));

		ActivityPlanView next = this.management.draft(convener, year + 1);
		for (MatterSummary matter : this.management.prioritisedMatters()) {
			this.management.addActivity(convener, next.id(),
					new ActivityContent(matter.title(), "Utreda och åtgärda: " + matter.title(), Set.of(matter.id()),
							member.staffId(), LocalDate.of(year + 1, 10, 31), Map.of()),
					null);
		}
		log.info("Loaded demo activity plans for {} and {}", year, year + 1);
	}

	/**
	 * The demo meetings' decision on grey zones at short stays, which issued the
	 * directive; they run first (order 40).
	 */
	private UUID greyZoneDecision() {
		return this.directives.decisionsToCite()
			.stream()
			.filter((decision) -> decision.agendaItemTitle() != null
					&& decision.agendaItemTitle().startsWith("Gråzoner mellan BUH och LSS"))
			.map(MeetingViews.DecisionView::id)
			.findFirst()
			.orElse(null);
	}

}
