package se.samverkan.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.UnitKind;
import se.samverkan.shared.DemoContent;

/**
 * The demo's agreements: the 2013 agreement between Karlstad, BUH and VH, and the current
 * one between the 18 parties that replaced it (R23, R24).
 */
@Component
@DemoContent
@Order(50)
class DemoAgreements implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAgreements.class);

	private final Agreements agreements;

	private final AgreementManagement management;

	private final Directory directory;

	private final Clock clock;

	DemoAgreements(Agreements agreements, AgreementManagement management, Directory directory, Clock clock) {
		this.agreements = agreements;
		this.management = management;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.agreements.count() > 0) {
			return;
		}
		List<UnitView> units = this.directory.allUnits();
		List<UUID> parties = units.stream().filter(UnitView::agreementParty).map(UnitView::id).toList();
		List<UUID> first = units.stream()
			.filter((unit) -> unit.kind() == UnitKind.BUH || unit.kind() == UnitKind.VH
					|| unit.name().equals("LSS-verksamheten Karlstad"))
			.map(UnitView::id)
			.toList();
		if (parties.size() < 2 || first.size() < 2) {
			return;
		}
		AgreementView old = this.management.record("Överenskommelse om samverkan 2013",
				"Överenskommelse mellan Karlstads kommuns vård- och omsorgsförvaltning, Barn- och ungdomshabiliteringen "
						+ "och Vuxenhabiliteringen om samverkan kring personer med funktionsnedsättning.",
				LocalDate.of(2013, 1, 1), LocalDate.of(2015, 12, 31), first, null);
		LocalDate start = LocalDate.of(LocalDate.now(this.clock).getYear() - 1, 1, 1);
		this.management.record("Struktur för samverkan",
				"Struktur för samverkan mellan Värmlands 16 kommuners verksamheter för LSS-insatser och Region Värmlands "
						+ "Barn- och ungdomshabilitering och Vuxenhabilitering. Gäller i tre år.",
				start, start.plusYears(Agreement.VALID_YEARS).minusDays(1), parties, old.id());
		log.info("Loaded demo agreements");
	}

}
