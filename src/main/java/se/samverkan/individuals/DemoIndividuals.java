package se.samverkan.individuals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.individuals.Commands.RecordConsent;
import se.samverkan.individuals.Commands.RecordContact;
import se.samverkan.individuals.Commands.RegisterPerson;
import se.samverkan.individuals.Commands.StartIntervention;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.UnitKind;
import se.samverkan.shared.DemoContent;
import se.samverkan.shared.PageRequest;

/**
 * Fictitious persons for the demo: a child at BUH turning 18 within months (on the
 * transition list, with a guardian's consent to renew), an adult at VH, a child with
 * protected identity, and a child known only to Arvika. Loaded once, into an empty person
 * table.
 * <p>
 * Their numbers do not move with the clock ({@link BirthDates}): the adult and the
 * younger children have fixed birth dates, so a test or a demo crossing midnight finds
 * them by the same number; only the child turning 18 is dated from the first of the
 * current month, so that the transition list always shows her — three to four months
 * ahead, whatever the day.
 */
@Component
@DemoContent
@Order(10)
class DemoIndividuals implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoIndividuals.class);

	private final Persons persons;

	private final IndividualsManagement individuals;

	private final Directory directory;

	private final Clock clock;

	DemoIndividuals(Persons persons, IndividualsManagement individuals, Directory directory, Clock clock) {
		this.persons = persons;
		this.individuals = individuals;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.persons.count() > 0) {
			return;
		}
		Optional<SignedInStaff> karlstad = this.directory.account("lss.karlstad");
		Optional<SignedInStaff> arvika = this.directory.account("lss.arvika");
		Optional<SignedInStaff> buhStaff = this.directory.account("buh.personal");
		if (karlstad.isEmpty() || arvika.isEmpty() || buhStaff.isEmpty()) {
			return;
		}
		SignedInStaff lss = karlstad.get();
		LocalDate today = LocalDate.now(this.clock);
		UUID region = this.directory.account("buh.personal").orElseThrow().principal().id();
		UUID buh = unit(UnitKind.BUH);
		UUID vh = unit(UnitKind.VH);
		List<UUID> karlstadAndRegion = List.of(lss.principal().id(), region);

		BirthDates born = BirthDates.on(today);
		PersonView elsa = this.individuals.register(lss,
				new RegisterPerson(number(born.elsa(), "482"), "Elsa", "Lindgren", lss.principal().id(), false));
		this.individuals.recordConsent(lss, elsa.id(), new RecordConsent(today.minusMonths(14), ConsentForm.WRITTEN,
				null, karlstadAndRegion, null, "Elsa vill att BUH och LSS planerar tillsammans.", null));
		this.individuals.startIntervention(lss, elsa.id(),
				new StartIntervention(lss.unit().id(), "Korttidsvistelse", null, today.minusYears(3), null));
		this.individuals.startIntervention(lss, elsa.id(), new StartIntervention(buh, "Habilitering — kommunikation",
				buhStaff.get().staffId(), today.minusYears(6), null));
		this.individuals.recordContact(lss, elsa.id(),
				new RecordContact(this.clock.instant().minusSeconds(86400L * 20), ContactChannel.WORKING_MEETING,
						ContactPurpose.PLAN_FOLLOW_UP, List.of(lss.staffId(), buhStaff.get().staffId()),
						"Planering inför övergången till vuxenhabiliteringen."));

		PersonView viktor = this.individuals.register(lss,
				new RegisterPerson(number(BirthDates.VIKTOR, "316"), "Viktor", "Holm", lss.principal().id(), false));
		this.individuals.recordConsent(lss, viktor.id(), new RecordConsent(today.minusMonths(5), ConsentForm.DIGITAL,
				null, karlstadAndRegion, today.plusYears(1), null, null));
		this.individuals.startIntervention(lss, viktor.id(),
				new StartIntervention(lss.unit().id(), "Daglig verksamhet", null, today.minusYears(5), null));
		this.individuals.startIntervention(lss, viktor.id(),
				new StartIntervention(vh, "Arbetsterapi", null, today.minusMonths(4), today.plusMonths(8)));

		this.individuals.register(lss,
				new RegisterPerson(number(BirthDates.NORA, "547"), "Nora", "Ek", lss.principal().id(), true));

		SignedInStaff arvikaStaff = arvika.get();
		PersonView hugo = this.individuals.register(arvikaStaff, new RegisterPerson(number(BirthDates.HUGO, "659"),
				"Hugo", "Sjöberg", arvikaStaff.principal().id(), false));
		this.individuals.startIntervention(arvikaStaff, hugo.id(), new StartIntervention(arvikaStaff.unit().id(),
				"Avlösarservice i hemmet", null, today.minusYears(1), null));
		log.info("Loaded demo individuals: {} persons", this.persons.count());
	}

	private UUID unit(UnitKind kind) {
		return this.directory.units(kind, null, PageRequest.of(0, 1))
			.items()
			.stream()
			.findFirst()
			.map(UnitView::id)
			.orElseThrow();
	}

	/**
	 * The demo persons' birth dates. Fixed for the adult (Viktor, VH) and the children
	 * who stay children for years (Nora, protected identity; Hugo, Arvika); for Elsa, who
	 * must turn 18 within the transition window (L2), the first of the month four months
	 * ahead, eighteen years back: her 18th birthday is always 3–4 months away and her
	 * number changes only with the month.
	 */
	record BirthDates(LocalDate elsa) {

		static final LocalDate VIKTOR = LocalDate.of(1999, 9, 14);

		static final LocalDate NORA = LocalDate.of(2015, 10, 16);

		static final LocalDate HUGO = LocalDate.of(2018, 4, 22);

		static BirthDates on(LocalDate today) {
			return new BirthDates(today.withDayOfMonth(1).plusMonths(4).minusYears(18));
		}

	}

	/** A valid, fictitious number for someone born on that date, as typed (12 digits). */
	static String number(LocalDate birthDate, String serial) {
		String nine = birthDate.format(DateTimeFormatter.ofPattern("yyMMdd")) + serial;
		int sum = 0;
		for (int i = 0; i < nine.length(); i++) {
			int digit = (nine.charAt(i) - '0') * ((i % 2 == 0) ? 2 : 1);
			sum += (digit > 9) ? digit - 9 : digit;
		}
		return birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + serial + ((10 - sum % 10) % 10);
	}

}
