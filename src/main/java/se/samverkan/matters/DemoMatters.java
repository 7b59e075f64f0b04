package se.samverkan.matters;

import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.matters.MatterManagement.PublicFeedback;
import se.samverkan.matters.MatterManagement.ReportMatter;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DemoContent;

/**
 * Fictitious matters for the demo, one or more in every status: a grey zone just
 * reported, a deviation under analysis, a prioritised improvement, a closed deficiency
 * with its answer, a member's own matter and views from an interest organisation through
 * the public form. Loaded once, into an empty matter table.
 */
@Component
@DemoContent
@Order(35)
class DemoMatters implements ApplicationRunner {

	private final Matters matters;

	private final MatterManagement management;

	private final Directory directory;

	DemoMatters(Matters matters, MatterManagement management, Directory directory) {
		this.matters = matters;
		this.management = management;
		this.directory = directory;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.matters.count() > 0) {
			return;
		}
		Optional<SignedInStaff> convener = this.directory.account("buh.samordnare");
		Optional<SignedInStaff> karlstad = this.directory.account("lss.karlstad");
		Optional<SignedInStaff> arvika = this.directory.account("lss.arvika");
		Optional<SignedInStaff> mar = this.directory.account("mar.karlstad");
		Optional<SignedInStaff> hammaro = this.directory.account("lss.hammaro");
		Optional<SignedInStaff> chef = this.directory.account("chef.vh");
		if (convener.isEmpty() || karlstad.isEmpty() || arvika.isEmpty() || mar.isEmpty() || hammaro.isEmpty()
				|| chef.isEmpty()) {
			return;
		}
		SignedInStaff handler = convener.get();

		this.management.report(karlstad.get(), new ReportMatter("Vem ansvarar för hjälpmedel när en ungdom fyller 18?",
				"Vid övergången från BUH till VH är det oklart vem som förskriver och följer upp hjälpmedel under "
						+ "de månader då båda verksamheterna är inblandade. Familjer hänvisas fram och tillbaka.",
				MatterCategory.GREY_ZONE, MatterSource.STAFF));

		MatterView deviation = this.management.report(arvika.get(), new ReportMatter("Remissvar dröjde sju veckor",
				"En remiss till BUH besvarades först efter sju veckor. Ingen påminnelse gick ut och LSS-handläggaren "
						+ "fick inget besked om var remissen låg.",
				MatterCategory.DEVIATION, MatterSource.STAFF));
		this.management.transition(handler, deviation.id(), MatterStatus.UNDER_ANALYSIS,
				"Tas upp på nästa styrgruppsmöte tillsammans med statistik över svarstider.", null);
		this.management.note(handler, deviation.id(), "Be VH om jämförbara svarstider innan mötet.", null);

		MatterView improvement = this.management.report(mar.get(), new ReportMatter(
				"Gemensam mall för samordnad planering",
				"Kommunerna och habiliteringen använder olika mallar inför planeringsmöten. En gemensam mall skulle "
						+ "spara tid och göra det tydligt vem som gör vad.",
				MatterCategory.IMPROVEMENT, MatterSource.STEERING_GROUP));
		this.management.transition(handler, improvement.id(), MatterStatus.UNDER_ANALYSIS,
				"Styrgruppen ser ett stort behov.", null);
		this.management.transition(handler, improvement.id(), MatterStatus.PRIORITISED,
				"Prioriterat för nästa års aktivitetsplan.", null);

		MatterView deficiency = this.management.report(hammaro.get(),
				new ReportMatter("Kontaktuppgifter till VH saknades",
						"På Samverkans enhetssida saknades telefontid till VH:s mottagning.", MatterCategory.DEFICIENCY,
						MatterSource.STAFF));
		this.management.transition(handler, deficiency.id(), MatterStatus.CLOSED,
				"VH har lagt till telefontider i sin verksamhetsbeskrivning. Tack för påpekandet!", null);

		this.management.report(chef.get(),
				new ReportMatter("Svårt att rekrytera till arbetsgrupper",
						"Arbetsgrupperna får för få deltagare från de mindre kommunerna.", MatterCategory.OTHER,
						MatterSource.STEERING_GROUP));

		this.management.receiveFeedback(new PublicFeedback("FUB Värmland", null,
				"Många föräldrar vet inte vart de ska vända sig när barnet ska börja på daglig verksamhet. "
						+ "Informationen från kommun och region säger olika saker.",
				null));
	}

}
