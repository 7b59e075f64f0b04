package se.samverkan.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.shared.DemoContent;

/**
 * The parties of the agreement as demo data: Region Värmland with BUH and VH, the 16
 * municipalities with their LSS operations, the demo accounts of the API contract
 * (password {@code demo}) and a few interest organisations. Loaded once, into an empty
 * database.
 */
@Component
@DemoContent
@Order(0)
class DemoOrganisation implements ApplicationRunner {

	static final String DEMO_PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

	/**
	 * @param username a user name
	 * @return whether the demo data creates an account of that name
	 */
	static boolean isDemoUsername(String username) {
		return username.equals("admin") || username.matches("(lss|mar|chef)\\.[a-z]+")
				|| username.matches("(buh|vh)\\.(personal|samordnare)") || username.matches("chef\\.(buh|vh)");
	}

	/** Municipality name and place name by account slug, as the contract lists them. */
	static final Map<String, String[]> MUNICIPALITIES = new LinkedHashMap<>();

	static {
		MUNICIPALITIES.put("arvika", new String[] { "Arvika kommun", "Arvika" });
		MUNICIPALITIES.put("eda", new String[] { "Eda kommun", "Eda" });
		MUNICIPALITIES.put("filipstad", new String[] { "Filipstads kommun", "Filipstad" });
		MUNICIPALITIES.put("forshaga", new String[] { "Forshaga kommun", "Forshaga" });
		MUNICIPALITIES.put("grums", new String[] { "Grums kommun", "Grums" });
		MUNICIPALITIES.put("hagfors", new String[] { "Hagfors kommun", "Hagfors" });
		MUNICIPALITIES.put("hammaro", new String[] { "Hammarö kommun", "Hammarö" });
		MUNICIPALITIES.put("karlstad", new String[] { "Karlstads kommun", "Karlstad" });
		MUNICIPALITIES.put("kil", new String[] { "Kils kommun", "Kil" });
		MUNICIPALITIES.put("kristinehamn", new String[] { "Kristinehamns kommun", "Kristinehamn" });
		MUNICIPALITIES.put("munkfors", new String[] { "Munkfors kommun", "Munkfors" });
		MUNICIPALITIES.put("storfors", new String[] { "Storfors kommun", "Storfors" });
		MUNICIPALITIES.put("sunne", new String[] { "Sunne kommun", "Sunne" });
		MUNICIPALITIES.put("saffle", new String[] { "Säffle kommun", "Säffle" });
		MUNICIPALITIES.put("torsby", new String[] { "Torsby kommun", "Torsby" });
		MUNICIPALITIES.put("arjang", new String[] { "Årjängs kommun", "Årjäng" });
	}

	private static final List<String> FIRST_NAMES = List.of("Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva",
			"Anders", "Sara", "Per", "Lena", "Mikael", "Emma", "Fredrik", "Ingrid", "Jonas", "Helena", "Magnus",
			"Linnea", "Oskar");

	private static final List<String> LAST_NAMES = List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
			"Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
			"Bengtsson", "Lindberg", "Lindqvist", "Berglund", "Sandberg", "Forsberg");

	private final Principals principals;

	private final Units units;

	private final Staff staff;

	private final UnitDescriptions descriptions;

	private final OperationsUpdates updates;

	private final InterestOrganisations interestOrganisations;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private int nameIndex;

	DemoOrganisation(Principals principals, Units units, Staff staff, UnitDescriptions descriptions,
			OperationsUpdates updates, InterestOrganisations interestOrganisations, PasswordEncoder passwords,
			Clock clock) {
		this.principals = principals;
		this.units = units;
		this.staff = staff;
		this.descriptions = descriptions;
		this.updates = updates;
		this.interestOrganisations = interestOrganisations;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.principals.count() > 0) {
			return;
		}
		// One hash for every demo account: hashing the same password 55 times would slow
		// the start.
		String hash = this.passwords.encode(DEMO_PASSWORD);
		Principal region = this.principals.save(Principal.register("Region Värmland", PrincipalKind.REGION));
		Unit office = this.units.save(Unit.establish(region.id(), "Samverkanskansliet", UnitKind.OTHER, false));
		Unit buh = this.units.save(Unit.establish(region.id(), "Barn- och ungdomshabiliteringen", UnitKind.BUH, true));
		Unit vh = this.units.save(Unit.establish(region.id(), "Vuxenhabiliteringen", UnitKind.VH, true));

		this.staff.save(account("admin", "Administratör Samverkan", office, null, Set.of(), true, hash));
		regionUnit("buh", buh, hash);
		regionUnit("vh", vh, hash);
		MUNICIPALITIES.forEach((slug, names) -> {
			Principal municipality = this.principals.save(Principal.register(names[0], PrincipalKind.MUNICIPALITY));
			Unit lss = this.units
				.save(Unit.establish(municipality.id(), "LSS-verksamheten " + names[1], UnitKind.LSS, true));
			StaffMember chef = this.staff.save(account("chef." + slug, nextName(), lss, null,
					EnumSet.of(StaffFunction.HEAD_OF_OPERATIONS, StaffFunction.MANAGER), false, hash));
			this.staff.save(account("lss." + slug, nextName(), lss, chef.id(), EnumSet.of(StaffFunction.CASE_WORKER),
					false, hash));
			this.staff
				.save(account("mar." + slug, nextName(), lss, chef.id(), EnumSet.of(StaffFunction.MAR), false, hash));
		});
		describe(buh,
				"Barn- och ungdomshabiliteringen ger habilitering till barn och unga under 18 år med "
						+ "varaktiga funktionsnedsättningar.",
				"Utredning, behandling, träning, stöd och rådgivning till barnet och familjen.",
				"Remisser tas emot via Samverkan. Vårdbegäran bekräftas inom en vecka.",
				"Växel 054-61 40 00, vardagar 8–16.");
		describe(vh, "Vuxenhabiliteringen ger habilitering till vuxna från 18 år med varaktiga funktionsnedsättningar.",
				"Insatser av arbetsterapeut, fysioterapeut, kurator, logoped och psykolog.",
				"Övergång från BUH planeras tillsammans när den enskilde närmar sig 18 år.",
				"Växel 054-61 40 00, vardagar 8–16.");
		this.units.findByAgreementPartyTrue()
			.stream()
			.filter((unit) -> unit.name().endsWith("Karlstad"))
			.findFirst()
			.ifPresent((karlstad) -> describe(karlstad,
					"Verksamheten ger insatser enligt LSS till invånare i Karlstads kommun.",
					"Bostad med särskild service, daglig verksamhet, korttidsvistelse och ledsagning.",
					"Samverkan med habiliteringen sker via Samverkan med den enskildes samtycke.",
					"Kontaktcenter 054-540 00 00."));
		post(buh, "buh.samordnare", "Ny rutin för remisser",
				"Från och med i höst bekräftar BUH mottagna remisser inom fem arbetsdagar.", Duration.ofDays(12));
		post(vh, "vh.samordnare", "Föräldrautbildning om övergång till vuxenlivet",
				"VH och BUH håller en gemensam träff för föräldrar till ungdomar som fyller 18 under året.",
				Duration.ofDays(5));
		interestOrganisations();
		log.info("Loaded demo organisation: {} principals, {} units, {} accounts", this.principals.count(),
				this.units.count(), this.staff.count());
	}

	private void regionUnit(String prefix, Unit unit, String hash) {
		StaffMember chef = this.staff.save(account("chef." + prefix, nextName(), unit, null,
				EnumSet.of(StaffFunction.HEAD_OF_OPERATIONS, StaffFunction.MANAGER), false, hash));
		this.staff.save(account(prefix + ".personal", nextName(), unit, chef.id(),
				EnumSet.of(StaffFunction.CASE_WORKER), false, hash));
		this.staff.save(account(prefix + ".samordnare", nextName(), unit, chef.id(),
				EnumSet.of(StaffFunction.CONVENER, StaffFunction.OPERATIONS_DEVELOPER), false, hash));
	}

	private StaffMember account(String username, String displayName, Unit unit, UUID managerId,
			Set<StaffFunction> functions, boolean administrator, String hash) {
		return StaffMember.open(username, new StaffProfile(displayName, username + "@example.org", unit.id(), managerId,
				functions, administrator), hash);
	}

	private String nextName() {
		int index = this.nameIndex++;
		return FIRST_NAMES.get(index % FIRST_NAMES.size()) + " "
				+ LAST_NAMES.get((index * 7 + index / FIRST_NAMES.size()) % LAST_NAMES.size());
	}

	private void describe(Unit unit, String mission, String responsibilities, String routines, String contact) {
		UnitDescription description = UnitDescription.blank(unit.id());
		description.edit(mission, responsibilities, routines, contact, null, this.clock.instant());
		this.descriptions.save(description);
	}

	private void post(Unit unit, String username, String title, String body, Duration ago) {
		StaffMember author = this.staff.findByUsername(username).orElseThrow();
		Instant at = this.clock.instant().minus(ago);
		this.updates.save(OperationsUpdate.post(unit.id(), author.id(), title, body, at));
	}

	private void interestOrganisations() {
		this.interestOrganisations.save(InterestOrganisation.register("FUB Värmland",
				"Riksförbundet för barn, unga och vuxna med utvecklingsstörning, länsförbundet i Värmland.", null));
		this.interestOrganisations.save(InterestOrganisation.register("Autism- och Aspergerföreningen Värmland",
				"Intresseförening för personer med autism och deras närstående.", null));
		this.interestOrganisations.save(InterestOrganisation.register("RBU Värmland",
				"Riksförbundet för rörelsehindrade barn och ungdomar, Värmlandsföreningen.", null));
		this.interestOrganisations.save(InterestOrganisation.register("Attention Värmland",
				"Intresseorganisation för personer med NPF-diagnoser och deras anhöriga.", null));
		this.interestOrganisations.save(InterestOrganisation.register("Funktionsrätt Värmland",
				"Samarbetsorgan för funktionsrättsförbunden i Värmland.", null));
	}

}
