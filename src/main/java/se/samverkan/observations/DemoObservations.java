package se.samverkan.observations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.observations.ObservationService.RequestObservation;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.UnitKind;
import se.samverkan.shared.DemoContent;
import se.samverkan.shared.PageRequest;

/**
 * Fictitious collegial observations for the demo: Karlstad's LSS staff asks to observe
 * BUH (waiting for their manager), and VH's staff has a visit to Arvika's LSS unit
 * booked. Loaded once, into an empty table.
 */
@Component
@DemoContent
@Order(45)
class DemoObservations implements ApplicationRunner {

	private final Observations observations;

	private final ObservationService service;

	private final Directory directory;

	private final Clock clock;

	DemoObservations(Observations observations, ObservationService service, Directory directory, Clock clock) {
		this.observations = observations;
		this.service = service;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.observations.count() > 0) {
			return;
		}
		Optional<SignedInStaff> lss = this.directory.account("lss.karlstad");
		Optional<SignedInStaff> vh = this.directory.account("vh.personal");
		Optional<SignedInStaff> chefVh = this.directory.account("chef.vh");
		Optional<SignedInStaff> chefArvika = this.directory.account("chef.arvika");
		Optional<SignedInStaff> arvika = this.directory.account("lss.arvika");
		if (lss.isEmpty() || vh.isEmpty() || chefVh.isEmpty() || chefArvika.isEmpty() || arvika.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		this.directory.units(UnitKind.BUH, null, PageRequest.of(0, 1))
			.items()
			.stream()
			.findFirst()
			.ifPresent((buh) -> this.service.request(lss.get(),
					new RequestObservation(buh.id(),
							"Jag vill se hur BUH gör sina första bedömningar, så att våra remisser blir bättre.",
							today.plusWeeks(2), today.plusWeeks(8))));

		ObservationView booked = this.service.request(vh.get(),
				new RequestObservation(arvika.get().unit().id(),
						"Lära mig hur en LSS-handläggare utreder korttidsvistelse, inför övergångar från BUH till VH.",
						today.plusDays(7), today.plusWeeks(5)));
		this.service.approve(chefVh.get(), booked.id(), null);
		this.service.accept(chefArvika.get(), booked.id(), today.plusDays(14), null);
	}

}
