package se.samverkan.referrals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import se.samverkan.individuals.Commands.RegisterPerson;
import se.samverkan.individuals.ConsentForm;
import se.samverkan.individuals.IndividualsManagement;
import se.samverkan.individuals.PersonView;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DemoContent;

/**
 * Fictitious referrals for the demo between Värmland's municipalities and BUH/VH, one in
 * each status: a draft without consent, an urgent one to BUH waiting too long for receipt
 * (overdue), one received and waiting for a decision, one accepted by VH, one declined
 * and one withdrawn. Loaded once, into an empty referral table.
 */
@Component
@DemoContent
@Order(20)
class DemoReferrals implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReferrals.class);

	private final Referrals referrals;

	private final ReferralManagement management;

	private final IndividualsManagement individuals;

	private final Directory directory;

	private final Clock clock;

	DemoReferrals(Referrals referrals, ReferralManagement management, IndividualsManagement individuals,
			Directory directory, Clock clock) {
		this.referrals = referrals;
		this.management = management;
		this.individuals = individuals;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.referrals.count() > 0) {
			return;
		}
		Optional<SignedInStaff> buh = this.directory.account("buh.personal");
		Optional<SignedInStaff> vh = this.directory.account("vh.personal");
		Optional<SignedInStaff> karlstad = this.directory.account("lss.karlstad");
		Optional<SignedInStaff> arvika = this.directory.account("lss.arvika");
		Optional<SignedInStaff> sunne = this.directory.account("lss.sunne");
		Optional<SignedInStaff> kil = this.directory.account("lss.kil");
		Optional<SignedInStaff> hammaro = this.directory.account("lss.hammaro");
		if (List.of(buh, vh, karlstad, arvika, sunne, kil, hammaro).stream().anyMatch(Optional::isEmpty)) {
			return;
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		UUID region = buh.get().principal().id();

		PersonView alva = person(karlstad.get(), "Alva", "Nyström", today.minusYears(9).minusMonths(3), "721", region);
		ReferralView overdue = this.management.create(karlstad.get(),
				new CreateReferral(alva.id(), null,
						"Alva har svårt att kommunicera sina behov i korttidsvistelsen och personalen behöver stöd.",
						"Behövs en bedömning av kommunikationsstöd (AKK) och råd till personalen?", Urgency.URGENT),
				daysAgo(now, 4));
		this.management.send(karlstad.get(), overdue.id(), null, daysAgo(now, 4));

		PersonView oskar = person(sunne.get(), "Oskar", "Lind", today.minusYears(24).minusMonths(5), "834", region);
		ReferralView accepted = this.management.create(sunne.get(),
				new CreateReferral(oskar.id(), null,
						"Oskar har flyttat till en gruppbostad och har svårt med vardagsrutinerna.",
						"Kan vuxenhabiliteringen göra en arbetsterapeutisk bedömning av hjälpmedel?", Urgency.NORMAL),
				daysAgo(now, 11));
		this.management.send(sunne.get(), accepted.id(), null, daysAgo(now, 10));
		this.management.receive(vh.get(), accepted.id(), null, daysAgo(now, 9));
		this.management.decide(vh.get(), accepted.id(), Outcome.ACCEPTED,
				"Arbetsterapeut kontaktar gruppbostaden inom två veckor.", null, daysAgo(now, 5));

		PersonView maja = person(arvika.get(), "Maja", "Berg", today.minusYears(15).minusMonths(1), "915", region);
		ReferralView received = this.management.create(arvika.get(),
				new CreateReferral(maja.id(), null,
						"Maja har en ny diagnos inom autismspektrumet och familjen efterfrågar stöd.",
						"Kan BUH erbjuda föräldrautbildning och stöd i skolsituationen?", Urgency.NORMAL),
				daysAgo(now, 3));
		this.management.send(arvika.get(), received.id(), null, daysAgo(now, 2));
		this.management.receive(buh.get(), received.id(), null, daysAgo(now, 1));

		PersonView liam = person(kil.get(), "Liam", "Holmberg", today.minusYears(31).minusMonths(8), "268", region);
		ReferralView declined = this.management.create(kil.get(),
				new CreateReferral(liam.id(), null, "Liam önskar stöd i att hitta en sysselsättning.",
						"Kan VH bedöma behovet av arbetsinriktad habilitering?", Urgency.NORMAL),
				daysAgo(now, 9));
		this.management.send(kil.get(), declined.id(), null, daysAgo(now, 8));
		this.management.receive(vh.get(), declined.id(), null, daysAgo(now, 7));
		this.management.decide(vh.get(), declined.id(), Outcome.DECLINED,
				"Frågan gäller sysselsättning enligt LSS; kommunens daglig verksamhet är rätt väg. Hör av er om behov av habilitering uppstår.",
				null, daysAgo(now, 3));

		PersonView noah = person(hammaro.get(), "Noah", "Strand", today.minusYears(12).minusMonths(2), "173", region);
		ReferralView withdrawn = this.management.create(hammaro.get(), new CreateReferral(noah.id(), null,
				"Noah har ökade svårigheter med motoriken.", "Behövs en fysioterapeutisk bedömning?", Urgency.NORMAL),
				daysAgo(now, 7));
		this.management.send(hammaro.get(), withdrawn.id(), null, daysAgo(now, 6));
		this.management.withdraw(hammaro.get(), withdrawn.id(), null, daysAgo(now, 5));

		PersonView ella = person(karlstad.get(), "Ella", "Sandberg", today.minusYears(6).minusMonths(9), "384", null);
		this.management.create(karlstad.get(), new CreateReferral(ella.id(), null,
				"Ella har sen språkutveckling enligt förskolan.", "Behöver Ella en utredning vid BUH?", Urgency.NORMAL),
				daysAgo(now, 1));
		log.info("Loaded demo referrals: {}", this.referrals.count());
	}

	private PersonView person(SignedInStaff staff, String first, String last, LocalDate born, String serial,
			UUID region) {
		PersonView person = this.individuals.register(staff,
				new RegisterPerson(number(born, serial), first, last, staff.principal().id(), false));
		if (region != null) {
			this.individuals.recordConsent(staff, person.id(),
					new RecordConsent(LocalDate.now(this.clock).minusMonths(1), ConsentForm.WRITTEN, null,
							List.of(staff.principal().id(), region), null, null, null));
		}
		return person;
	}

	private static Instant daysAgo(Instant now, int days) {
		return now.minus(Duration.ofDays(days));
	}

	/** A valid, fictitious number for someone born on that date. */
	private static String number(LocalDate birthDate, String serial) {
		String nine = birthDate.format(DateTimeFormatter.ofPattern("yyMMdd")) + serial;
		int sum = 0;
		for (int i = 0; i < nine.length(); i++) {
			int digit = (nine.charAt(i) - '0') * ((i % 2 == 0) ? 2 : 1);
			sum += (digit > 9) ? digit - 9 : digit;
		}
		return birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + serial + ((10 - sum % 10) % 10);
	}

}
