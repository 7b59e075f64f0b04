package se.samverkan.perf;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills a PostgreSQL database with a national-scale, fictitious and deterministic dataset
 * (issue 7): 290 municipalities and 21 regions with their units and staff, persons with
 * valid personal identity numbers, consents, interventions, referrals, contacts, the access
 * log, a year of the notices that sending referrals put into the receiving units' inboxes,
 * matters and activity plans, loaded with COPY. The same seed, scale and reference day
 * give the same rows.
 * <p>
 * The database is dropped and created anew, then migrated with the application's own
 * Flyway scripts, so the application starts on it as on any production database.
 *
 * <pre>
 * ./mvnw -q -f perf/pom.xml compile exec:java -Dexec.args="--scale 0.1"
 * </pre>
 *
 * Options: {@code --scale} (1 = 300 000 persons, 20 000 000 access-log rows),
 * {@code --seed}, {@code --today} (the reference day, default 2026-11-01),
 * {@code --url} (default {@code jdbc:postgresql://127.0.0.1:5432/samverkan_perf}),
 * {@code --user}, {@code --password}, {@code --users-csv} (the benchmark's accounts;
 * {@code plans.csv}, the plans it approves, is written next to it). Every generated
 * account's password is {@code demo}, the administrator's {@value #ADMIN_PASSWORD}.
 */
public final class DataGenerator {

	static final int MUNICIPALITIES = 290;

	static final int REGIONS = 21;

	static final String PASSWORD = "demo";

	/** The administrator's password, as {@code perf/bench.sh} sets it. */
	static final String ADMIN_PASSWORD = "perf-admin-password";

	static final double CONTACTS_PER_PERSON = 2_000_000.0 / 300_000;

	static final double READS_PER_PERSON = 20_000_000.0 / 300_000;

	/** The years the application accepts a plan for ({@code ActivityPlan}). */
	static final int PLAN_FIRST_YEAR = 2013;

	static final int PLAN_LAST_YEAR = 2100;

	private static final String[] FIRST = { "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Anders", "Sara",
			"Per", "Lena", "Mikael", "Emma", "Fredrik", "Ingrid", "Jonas", "Helena", "Magnus", "Linnea", "Oskar", "Alva",
			"Elsa", "Hugo", "Noah", "Wilma", "Liam", "Ella", "Nils", "Maja", "Olle", "Saga", "Vera", "Axel", "Leo",
			"Stina", "Tove", "Ebba", "Isak", "Selma", "Ture" };

	private static final String[] LAST = { "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
			"Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
			"Lindberg", "Lindqvist", "Berglund", "Sandberg", "Forsberg", "Holm", "Ek", "Sjöberg", "Lund", "Strand",
			"Nyberg", "Åkesson", "Öberg", "Dahl", "Falk" };

	private static final String[] PLACE_START = { "Ek", "Björk", "Sjö", "Berg", "Lind", "Ås", "Hol", "Strand", "Vik",
			"Dal", "Sand", "Öster", "Väster", "Norr", "Söder", "Mål", "Fors", "Ny", "Gran", "Al" };

	private static final String[] PLACE_END = { "by", "sund", "vik", "berg", "torp", "köping", "hamn", "dal", "ås",
			"ryd", "näs", "fors", "holm", "stad", "å" };

	private static final String[] REGION_START = { "Norra", "Södra", "Östra", "Västra", "Mellersta" };

	private static final String[] REGION_END = { "Älvdalen", "Skogslandet", "Kusten", "Slätten", "Fjällen" };

	private static final String[] TITLES_LSS = { "Korttidsvistelse", "Daglig verksamhet", "Boende med särskild service",
			"Ledsagarservice", "Kontaktperson", "Avlösarservice i hemmet", "Personlig assistans" };

	private static final String[] TITLES_HAB = { "Habilitering — kommunikation", "Arbetsterapi", "Fysioterapi",
			"Logopedi", "Kuratorsstöd", "Psykologutredning" };

	private static final String[] SUMMARIES = {
			"Uppföljning av planen tillsammans med den enskilde; nästa steg bokat.",
			"Genomgång av insatserna och vem som gör vad framöver.",
			"Första kontakt: behov och förväntningar beskrivna, samtycke efterfrågat.",
			"Arbetsmöte utan den enskilde om samordningen av insatserna.",
			"Telefonsamtal om schemaläggning och kommande möte." };

	private static final String[] CHANNELS = { "PHONE", "VIDEO", "MEETING_WITH_PERSON", "WORKING_MEETING" };

	private static final String[] PURPOSES = { "FIRST_CONTACT", "PLAN_FOLLOW_UP", "INTERVENTION_FOLLOW_UP", "OTHER" };

	private static final String[] ACTIONS = { "PERSON_READ", "PERSON_READ", "PERSON_READ", "PERSON_LOOKUP",
			"CONSENTS_READ", "INTERVENTIONS_READ", "CONTACTS_READ", "CONTACTS_READ", "TRANSITIONS_READ" };

	private static final String[] FORMS = { "ORAL", "WRITTEN", "DIGITAL" };

	private static final String[] REFERRAL_REASONS = {
			"Svårigheter med kommunikation i vardagen; personalen behöver stöd i bemötandet.",
			"Oro för motoriken och förflyttningar i boendet.",
			"Behov av utredning inför ny insats; tidigare utredning är äldre än fem år.",
			"Ökade utmaningar i samspel och vardagsstruktur efter flytt." };

	private static final String[] REFERRAL_QUESTIONS = { "Bedömning av kommunikationsstöd och hjälpmedel.",
			"Handledning till personalen och förslag på anpassningar.", "Utredning och råd om fortsatta insatser.",
			"Bedömning av behov av arbetsterapi och fysioterapi." };

	private static final String[] DECLINE_REASONS = { "Behovet tillgodoses bäst av primärvården.",
			"Personen har redan en pågående kontakt via en annan enhet.",
			"Frågeställningen faller utanför habiliteringens uppdrag." };

	private static final String[] ACTIVITY_TITLES = { "Gemensam rutin för vårdbegäran",
			"Utbildning i samordnad individuell plan", "Uppföljning av gråzonsärenden", "Samverkan vid övergångar" };

	private static final String[] MATTER_CATEGORIES = { "GREY_ZONE", "DEFICIENCY", "DEVIATION", "IMPROVEMENT",
			"OTHER" };

	private static final String[] CONTRIBUTIONS = { "20 timmar verksamhetsutvecklare",
			"En samordnare på halvtid under våren", "Lokaler och fika till två träffar" };

	private static final String[] MATTER_STATUSES = { "REPORTED", "UNDER_ANALYSIS", "PRIORITISED", "CLOSED", "CLOSED",
			"CLOSED" };

	private final double scale;

	private final SplittableRandom random;

	/**
	 * The notifications' own sequence, so that adding them left every other row as the
	 * seed made it before.
	 */
	private final SplittableRandom notices;

	private final LocalDate today;

	private final long todaySecond;

	private final String[] dayText;

	private final long firstDay;

	// principals: 0..MUNICIPALITIES-1 municipalities, then the regions
	private final UUID[] principalIds = new UUID[MUNICIPALITIES + REGIONS];

	private final double[] municipalityCumulativeWeight = new double[MUNICIPALITIES];

	// units: per municipality 3 (main LSS unit first), per region 3 (BUH, VH, office)
	private final List<UUID> unitIds = new ArrayList<>();

	private final List<String> unitNames = new ArrayList<>();

	private final List<Integer> unitPrincipal = new ArrayList<>();

	private final List<Boolean> unitParty = new ArrayList<>();

	private int[] unitStaffStart;

	private int[] unitStaffCount;

	private UUID[] staffIds;

	private String[] usernames;

	private int persons;

	// per person
	private UUID[] personIds;

	private String[] personNumbers;

	private int[] personMunicipality;

	private int[] personUnit;

	private int[] personHabUnit;

	private long[] personRegisteredAt;

	private long[] personBirthDay;

	// has no habilitation and an active consent for the next year: may be referred now
	private boolean[] personReferable;

	// the activity plans the benchmark approves (IN_APPROVAL, after the current year)
	private final List<String> benchmarkPlans = new ArrayList<>();

	// the matters a plan's activities come from (R17): those prioritised or closed
	private final List<UUID> plannedMatters = new ArrayList<>();

	private final Map<String, Long> counts = new LinkedHashMap<>();

	DataGenerator(double scale, long seed, LocalDate today) {
		this.scale = scale;
		this.random = new SplittableRandom(seed);
		this.notices = new SplittableRandom(~seed);
		this.today = today;
		this.todaySecond = today.toEpochDay() * 86400L + 12 * 3600;
		this.firstDay = today.minusYears(110).toEpochDay();
		this.dayText = new String[(int) (today.toEpochDay() - this.firstDay + 400)];
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("url", "jdbc:postgresql://127.0.0.1:5432/samverkan_perf");
		options.put("user", "postgres");
		options.put("password", "");
		options.put("scale", "1");
		options.put("seed", "42");
		options.put("today", "2026-11-01");
		options.put("users-csv", "perf/target/users.csv");
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--") || !options.containsKey(args[i].substring(2))) {
				throw new IllegalArgumentException("Unknown option " + args[i] + "; known: " + options.keySet());
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		double scale = Double.parseDouble(options.get("scale"));
		if (scale <= 0 || scale > 1) {
			throw new IllegalArgumentException("--scale must be in (0, 1]");
		}
		long started = System.nanoTime();
		String url = options.get("url");
		recreateDatabase(url, options.get("user"), options.get("password"));
		Flyway.configure()
			.dataSource(url, options.get("user"), options.get("password"))
			.locations("filesystem:" + migrations())
			.load()
			.migrate();
		log("migrated in %.1f s", seconds(started));
		DataGenerator generator = new DataGenerator(scale, Long.parseLong(options.get("seed")),
				LocalDate.parse(options.get("today")));
		Database database = new Database(url, options.get("user"), options.get("password"));
		generator.generate(database);
		Path users = Path.of(options.get("users-csv"));
		generator.writeUsers(users);
		generator.writePlans(plansNextTo(users));
		long fill = System.nanoTime();
		try (Connection connection = database.open(); Statement statement = connection.createStatement()) {
			// migrations that fill columns from the loaded rows ran on empty tables: again
			for (String migration : FILLS) {
				statement.execute(Files.readString(Path.of(migrations(), migration)));
			}
		}
		log("filled (%s) in %.1f s", String.join(", ", FILLS), seconds(fill));
		long analyse = System.nanoTime();
		database.inParallel(database.tablesBySize().stream().map((table) -> "vacuum (analyze) " + table).toList());
		log("vacuum analyze in %.1f s", seconds(analyse));
		generator.counts.forEach((table, rows) -> log("%-22s %,12d rows", table, rows));
		log("done in %.1f s (scale %s, seed %s, today %s)", seconds(started), options.get("scale"),
				options.get("seed"), options.get("today"));
	}

	private static String migrations() {
		for (String candidate : new String[] { "src/main/resources/db/migration",
				"../src/main/resources/db/migration" }) {
			if (Files.isDirectory(Path.of(candidate))) {
				return Path.of(candidate).toAbsolutePath().normalize().toString();
			}
		}
		throw new IllegalStateException("Run from the repository (or perf/): src/main/resources/db/migration");
	}

	private static void recreateDatabase(String url, String user, String password) throws SQLException {
		int slash = url.lastIndexOf('/');
		String name = url.substring(slash + 1).replaceAll("\\?.*", "");
		if (!name.matches("[a-z0-9_]+")) {
			throw new IllegalArgumentException("Database name must be [a-z0-9_]+: " + name);
		}
		try (Connection admin = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, password);
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("create database " + name);
		}
	}

	/**
	 * Migrations that fill derived columns and counts from other tables, run again after
	 * loading: person_involvement.shared_until (until when the unit's principal shares the
	 * person's data) from the consents, and the annual report's contacts a year by channel.
	 */
	static final List<String> FILLS = List.of("V72__person_involvement_shared_until_fill.sql",
			"V93__contact_year_count_fill.sql");

	/** The plans file of a users file: users.csv → plans.csv, users-10.csv → plans-10.csv. */
	static Path plansNextTo(Path users) {
		return users.resolveSibling(users.getFileName().toString().replaceFirst("^users", "plans"));
	}

	static final List<String> TABLES = List.of("principal", "unit", "staff", "staff_function", "person",
			"person_involvement", "intervention", "consent", "consent_principal", "referral", "referral_step",
			"contact", "contact_participant", "access_log", "access_log_pair", "matter", "matter_step", "activity_plan",
			"activity_plan_party", "activity_plan_approval", "activity", "activity_matter", "activity_contribution",
			"notification", "notification_digest");

	void generate(Database database) throws SQLException, IOException {
		Schema schema;
		try (Connection connection = database.open()) {
			schema = Schema.capture(connection, TABLES);
			schema.drop(connection);
		}
		load(database);
		long started = System.nanoTime();
		schema.restore(database);
		log("indexes and constraints rebuilt in %.1f s", seconds(started));
	}

	private void load(Database database) throws SQLException, IOException {
		long started = System.nanoTime();
		CopyTarget target = new CopyTarget(database);
		organisation(target);
		log("organisation in %.1f s", seconds(started));
		started = System.nanoTime();
		people(target);
		log("persons with their involvements, interventions, consents, referrals, contacts and access log in %.1f s",
				seconds(started));
		started = System.nanoTime();
		matters(target);
		log("matters in %.1f s", seconds(started));
		started = System.nanoTime();
		plans(target);
		log("activity plans in %.1f s", seconds(started));
	}

	// --- organisation ---------------------------------------------------------------

	private void organisation(CopyTarget target) throws SQLException, IOException {
		List<String> places = new ArrayList<>();
		for (String start : PLACE_START) {
			for (String end : PLACE_END) {
				places.add(start + end);
			}
		}
		shuffle(places);
		List<String> regions = new ArrayList<>();
		for (String start : REGION_START) {
			for (String end : REGION_END) {
				regions.add(start + " " + end);
			}
		}
		shuffle(regions);
		try (Copy principal = target.copy("principal", "id, name, kind, active, version")) {
			double total = 0;
			for (int m = 0; m < MUNICIPALITIES; m++) {
				this.principalIds[m] = uuid();
				principal.uuid(this.principalIds[m]).text(places.get(m) + "s kommun").text("MUNICIPALITY").text("t")
					.number(1).end();
				// a few big municipalities, many small ones (Zipf-like)
				total += 1.0 / Math.pow(m + 3, 0.9);
				this.municipalityCumulativeWeight[m] = total;
			}
			for (int m = 0; m < MUNICIPALITIES; m++) {
				this.municipalityCumulativeWeight[m] /= total;
			}
			for (int r = 0; r < REGIONS; r++) {
				this.principalIds[MUNICIPALITIES + r] = uuid();
				principal.uuid(this.principalIds[MUNICIPALITIES + r]).text("Region " + regions.get(r))
					.text("REGION").text("t").number(1).end();
			}
		}
		try (Copy unit = target.copy("unit", "id, principal_id, name, kind, agreement_party, active, version")) {
			for (int m = 0; m < MUNICIPALITIES; m++) {
				String place = places.get(m);
				addUnit(unit, m, "LSS-verksamheten " + place, "LSS", true);
				addUnit(unit, m, "Gruppbostäder " + place, "LSS", false);
				addUnit(unit, m, "Daglig verksamhet " + place, "LSS", false);
			}
			for (int r = 0; r < REGIONS; r++) {
				addUnit(unit, MUNICIPALITIES + r, "Barn- och ungdomshabiliteringen", "BUH", true);
				addUnit(unit, MUNICIPALITIES + r, "Vuxenhabiliteringen", "VH", true);
				addUnit(unit, MUNICIPALITIES + r, "Samverkanskansliet", "OTHER", false);
			}
		}
		int units = this.unitIds.size();
		int staff = Math.max(2 * units, (int) Math.round(20_000 * this.scale));
		this.unitStaffStart = new int[units];
		this.unitStaffCount = new int[units];
		double[] weight = new double[units];
		double sum = 0;
		for (int u = 0; u < units; u++) {
			int principal = this.unitPrincipal.get(u);
			weight[u] = (principal < MUNICIPALITIES) ? municipalityWeight(principal) : regionWeight(principal);
			sum += weight[u];
		}
		int assigned = 0;
		for (int u = 0; u < units; u++) {
			this.unitStaffCount[u] = 2 + (int) Math.floor((staff - 2 * units) * weight[u] / sum);
			assigned += this.unitStaffCount[u];
		}
		this.unitStaffCount[0] += staff - assigned;
		this.staffIds = new UUID[staff + 1];
		this.usernames = new String[staff + 1];
		String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
		try (Copy copy = target.copy("staff",
				"id, username, display_name, email, unit_id, nearest_manager_id, password_hash, administrator, active, version");
				Copy functions = target.copy("staff_function", "staff_id, function")) {
			int index = 0;
			for (int u = 0; u < units; u++) {
				this.unitStaffStart[u] = index;
				for (int n = 0; n < this.unitStaffCount[u]; n++, index++) {
					this.staffIds[index] = uuid();
					this.usernames[index] = String.format("u%04d.%d", u, n);
					copy.uuid(this.staffIds[index]).text(this.usernames[index]).text(name()).nul()
						.uuid(this.unitIds.get(u)).uuidOrNull((n == 0) ? null : this.staffIds[this.unitStaffStart[u]])
						.text(hash).text("f").text("t").number(1).end();
					if (n == 0) {
						functions.uuid(this.staffIds[index]).text("HEAD_OF_OPERATIONS").end();
						functions.uuid(this.staffIds[index]).text("MANAGER").end();
						// BUH and VH convene the steering group (R16): their heads here
						if (u % 3 < 2 && this.unitPrincipal.get(u) >= MUNICIPALITIES) {
							functions.uuid(this.staffIds[index]).text("CONVENER").end();
						}
					}
					else if (n == 1 && u % 3 == 0 && this.unitPrincipal.get(u) < MUNICIPALITIES) {
						functions.uuid(this.staffIds[index]).text("MAR").end();
					}
					else {
						functions.uuid(this.staffIds[index]).text("CASE_WORKER").end();
					}
				}
			}
			this.staffIds[index] = uuid();
			this.usernames[index] = "admin";
			// a production start refuses an administrator with the demo password
			copy.uuid(this.staffIds[index]).text("admin").text("Administratör Samverkan").nul()
				.uuid(this.unitIds.get(units - 1)).nul()
				.text("{bcrypt}" + new BCryptPasswordEncoder().encode(ADMIN_PASSWORD))
				.text("t").text("t").number(1).end();
		}
		count("principal", MUNICIPALITIES + REGIONS);
		count("unit", units);
		count("staff", staff + 1);
	}

	private void addUnit(Copy unit, int principal, String name, String kind, boolean party)
			throws IOException {
		UUID id = uuid();
		this.unitIds.add(id);
		this.unitNames.add(name);
		this.unitPrincipal.add(principal);
		this.unitParty.add(party);
		unit.uuid(id).uuid(this.principalIds[principal]).text(name).text(kind).text(party ? "t" : "f").text("t")
			.number(1).end();
	}

	private double municipalityWeight(int m) {
		return this.municipalityCumulativeWeight[m] - ((m == 0) ? 0 : this.municipalityCumulativeWeight[m - 1]);
	}

	private double regionWeight(int principal) {
		int region = principal - MUNICIPALITIES;
		double weight = 0;
		for (int m = region; m < MUNICIPALITIES; m += REGIONS) {
			weight += municipalityWeight(m);
		}
		return weight;
	}

	private static int regionOf(int municipality) {
		return municipality % REGIONS;
	}

	private int regionUnit(int region, int offset) {
		return MUNICIPALITIES * 3 + region * 3 + offset;
	}

	// --- persons, with their consents and referrals ---------------------------------------

	/**
	 * Each person with what follows from them, in one pass — so that every table's COPY
	 * runs at once and the longest, the access log's, sets the pace: the registering unit's
	 * involvement and intervention, 55 % also at the region's BUH (children) or VH
	 * (adults), the consent history, and the referrals. Most habilitation came through an
	 * accepted referral (then the involvement's reason is {@code REFERRAL} from the day it
	 * was sent, and the intervention starts on the day it was accepted); a referral is sent
	 * only while a consent covering the municipality and the region is active, as the
	 * application requires; persons with ongoing habilitation have no open referral (R6).
	 * Then the contacts and the reads in the access log.
	 */
	private void people(CopyTarget target) throws SQLException, IOException {
		this.persons = (int) Math.round(300_000 * this.scale);
		this.personIds = new UUID[this.persons];
		this.personNumbers = new String[this.persons];
		this.personMunicipality = new int[this.persons];
		this.personUnit = new int[this.persons];
		this.personHabUnit = new int[this.persons];
		this.personRegisteredAt = new long[this.persons];
		this.personBirthDay = new long[this.persons];
		this.personReferable = new boolean[this.persons];
		Set<String> numbers = new HashSet<>();
		People rows = new People();
		try (Copy person = target.copy("person",
				"id, personal_identity_number, birth_date, first_name, last_name, home_municipality_id, protected_identity, registered_by_unit_id, registered_at, sip_reference, version");
				Copy involvement = target.copy("person_involvement", "person_id, unit_id, reason, since");
				Copy intervention = target.copy("intervention",
						"id, person_id, unit_id, title, responsible_staff_id, started_on, ended_on, version");
				Copy consent = target.copy("consent",
						"id, person_id, given_on, form, given_by, child_view, valid_until, majority_on, note, recorded_by, recorded_at, revoked_at, revoked_by, revocation_reason, version");
				Copy principal = target.copy("consent_principal", "consent_id, principal_id");
				Copy referral = target.copy("referral",
						"id, person_id, from_unit_id, to_unit_id, created_by_staff_id, reason, question, urgency, status, created_at, sent_at, sent_by_staff_id, received_at, decided_at, withdrawn_at, decision_comment, intervention_id, last_reminded_on, version, outbox_at");
				Copy step = target.copy("referral_step",
						"referral_id, step_index, status, at, staff_id, unit_id, comment");
				Copy contact = target.copy("contact",
						"id, person_id, unit_id, recorded_by, occurred_at, channel, purpose, summary, recorded_at, version");
				Copy participant = target.copy("contact_participant", "contact_id, staff_id");
				Copy log = target.copy("access_log",
						"id, at, staff_id, username, unit_id, unit_name, person_id, action");
				Copy pair = target.copy("access_log_pair",
						"person_id, unit_id, registered_by_unit_id, unit_name, first_at, last_at, read_count, last_action, last_username");
				Copy notification = target.copy("notification",
						"id, recipient_id, message_key, message_args, link, created_at, read_at, version");
				// emptied: no notification waits for a digest
				Copy digest = target.copy("notification_digest", "notification_id, recipient_id")) {
			for (int p = 0; p < this.persons; p++) {
				int m = municipality();
				int age;
				double bucket = this.random.nextDouble();
				if (bucket < 0.45) {
					age = this.random.nextInt(18);
				}
				else if (bucket < 0.75) {
					age = 18 + this.random.nextInt(13);
				}
				else {
					age = 31 + this.random.nextInt(55);
				}
				long birthDay = this.today.toEpochDay() - age * 365L - this.random.nextInt(365);
				String number;
				do {
					number = number(LocalDate.ofEpochDay(birthDay), this.random.nextInt(1000));
				}
				while (!numbers.add(number));
				int unit = m * 3 + ((this.random.nextDouble() < 0.8) ? 0 : 1 + this.random.nextInt(2));
				long registeredAt = this.todaySecond
						- (long) (this.random.nextDouble() * Math.min(8 * 365, Math.max(30, age * 365)) * 86400L);
				this.personIds[p] = uuid();
				this.personNumbers[p] = number;
				this.personMunicipality[p] = m;
				this.personUnit[p] = unit;
				this.personRegisteredAt[p] = registeredAt;
				this.personBirthDay[p] = birthDay;
				long majority = LocalDate.ofEpochDay(birthDay).plusYears(18).toEpochDay();
				boolean child = age < 18;
				this.personHabUnit[p] = (this.random.nextDouble() < 0.55) ? regionUnit(regionOf(m), child ? 0 : 1)
						: -1;
				boolean protectedIdentity = this.random.nextInt(100) == 0;
				person.uuid(this.personIds[p]).text(number).date(birthDay).text(pick(FIRST)).text(pick(LAST))
					.uuid(this.principalIds[m]).text(protectedIdentity ? "t" : "f")
					.uuid(this.unitIds.get(unit)).timestamp(registeredAt)
					.textOrNull((this.random.nextInt(4) == 0) ? "SIP-" + (100000 + this.random.nextInt(900000)) : null)
					.number(1).end();
				involvement.uuid(this.personIds[p]).uuid(this.unitIds.get(unit)).text("REGISTERED")
					.timestamp(registeredAt).end();
				rows.involvements++;
				long startDay = registeredAt / 86400;
				intervention.uuid(uuid()).uuid(this.personIds[p]).uuid(this.unitIds.get(unit)).text(pick(TITLES_LSS))
					.nul().date(startDay)
					.dateOrNull((this.random.nextInt(10) < 3) ? startDay + 30 + this.random.nextInt(
							(int) Math.max(31, this.today.toEpochDay() - startDay)) : null)
					.number(1).end();
				rows.interventions++;
				// habilitation, most of it through an accepted referral
				int hab = this.personHabUnit[p];
				Accepted accepted = null;
				if (hab >= 0) {
					long since = registeredAt + this.random.nextInt(90 * 86400);
					if (this.random.nextInt(10) < 7) {
						long sent = registeredAt + 3600 + this.random.nextInt(2 * 86400);
						long decided = Math.min(sent + 2 * 86400 + this.random.nextInt(60 * 86400),
								this.todaySecond - 2 * 86400);
						boolean straddlesMajority = registeredAt / 86400 < majority && decided / 86400 >= majority;
						if (decided > sent + 86400 && !straddlesMajority) {
							accepted = new Accepted(uuid(), sent, decided, staffOf(hab));
							since = sent;
						}
					}
					involvement.uuid(this.personIds[p]).uuid(this.unitIds.get(hab))
						.text((accepted != null) ? "REFERRAL" : "INTERVENTION").timestamp(since).end();
					rows.involvements++;
					intervention.uuid((accepted != null) ? accepted.interventionId() : uuid()).uuid(this.personIds[p])
						.uuid(this.unitIds.get(hab)).text(pick(TITLES_HAB))
						.uuid((accepted != null) ? accepted.decidedBy() : staffOf(hab))
						.date(((accepted != null) ? accepted.decided() : since) / 86400)
						.dateOrNull((this.random.nextInt(10) < 2) ? this.today.toEpochDay() + this.random.nextInt(365)
								: null)
						.number(1).end();
					rows.interventions++;
				}
				long[] window = consents(p, majority, accepted, consent, principal, rows);
				if (accepted != null) {
					acceptedReferral(p, accepted, referral, step, notification, rows);
				}
				else if (hab < 0 && this.random.nextInt(100) < 65) {
					referral(p, majority, window, referral, step, involvement, notification, rows);
				}
				contacts(p, contact, participant, rows);
				accessLog(p, log, pair, rows);
				this.personReferable[p] = hab < 0 && !protectedIdentity && window != null
						&& window[1] == Long.MAX_VALUE && (!child || majority > this.today.toEpochDay() + 90);
			}
		}
		count("person", this.persons);
		count("person_involvement", rows.involvements);
		count("intervention", rows.interventions);
		count("consent", rows.consents);
		count("consent_principal", rows.consentPrincipals);
		count("referral", rows.referrals);
		count("referral_step", rows.referralSteps);
		count("contact", rows.contacts);
		count("contact_participant", rows.contactParticipants);
		count("access_log", rows.reads);
		count("access_log_pair", rows.readPairs);
		count("notification", rows.notifications);
	}

	/**
	 * The person's consent history; returns when the last consent was active, from when it
	 * was recorded to when it ended ({@code Long.MAX_VALUE} while it lasts beyond the next
	 * year), or {@code null} without consents. For a person referred to habilitation, the
	 * first consent is recorded at registration and lasts past the referral's acceptance.
	 */
	private long[] consents(int p, long majority, Accepted accepted, Copy consent, Copy principal, People rows)
			throws IOException {
		boolean hab = this.personHabUnit[p] >= 0;
		int n = hab ? 1 + this.random.nextInt(4) + ((this.random.nextInt(10) == 0) ? 1 : 0)
				: this.random.nextInt(3) + ((this.random.nextInt(4) == 0) ? 1 : 0);
		long registeredDay = this.personRegisteredAt[p] / 86400;
		long todayDay = this.today.toEpochDay();
		long span = Math.max(1, todayDay - registeredDay);
		long[] window = null;
		for (int c = 0; c < n; c++) {
			boolean referred = accepted != null && c == 0;
			long givenOn = referred ? registeredDay
					: registeredDay + span * c / n + this.random.nextInt((int) Math.max(1, span / n));
			givenOn = Math.min(givenOn, todayDay);
			boolean guardian = givenOn < majority;
			boolean last = c == n - 1;
			boolean active = last && this.random.nextInt(100) < 85;
			boolean revoked = !active && this.random.nextBoolean();
			Long validUntil = active ? ((this.random.nextInt(3) == 0) ? todayDay + 30 + this.random.nextInt(700) : null)
					: (revoked ? null : Math.min(todayDay - 1, givenOn + 180 + this.random.nextInt(400)));
			UUID recordedBy = staffOf(this.personUnit[p]);
			long recordedAt = referred ? this.personRegisteredAt[p] + 600
					: givenOn * 86400 + 8 * 3600 + this.random.nextInt(9 * 3600);
			long revokedAt = 0;
			if (revoked) {
				revokedAt = Math.max(recordedAt + 60, Math.min(this.todaySecond - 86400,
						recordedAt + (30 + this.random.nextInt(400)) * 86400L));
				if (referred) {
					revokedAt = Math.max(revokedAt, accepted.decided() + 86400);
				}
			}
			UUID id = uuid();
			consent.uuid(id).uuid(this.personIds[p]).date(givenOn).text(pick(FORMS)).text(guardian ? "GUARDIAN" : "PERSON")
				.textOrNull((guardian && this.random.nextBoolean()) ? "Barnet vill att BUH och LSS planerar tillsammans." : null)
				.dateOrNull(validUntil).dateOrNull(guardian ? majority : null).nul().uuid(recordedBy)
				.timestamp(recordedAt);
			if (revoked) {
				consent.timestamp(revokedAt).uuid(recordedBy).text("Återkallat av den enskilde.");
			}
			else {
				consent.nul().nul().nul();
			}
			consent.number(revoked ? 2 : 1).end();
			rows.consents++;
			int m = this.personMunicipality[p];
			principal.uuid(id).uuid(this.principalIds[m]).end();
			principal.uuid(id).uuid(this.principalIds[MUNICIPALITIES + regionOf(m)]).end();
			rows.consentPrincipals += 2;
			if (this.random.nextInt(10) == 0) {
				int other = (m + 1 + this.random.nextInt(MUNICIPALITIES - 1)) % MUNICIPALITIES;
				principal.uuid(id).uuid(this.principalIds[other]).end();
				rows.consentPrincipals++;
			}
			if (last) {
				long endDay = Math.min((validUntil != null) ? validUntil + 1 : Long.MAX_VALUE / 86400,
						guardian ? majority : Long.MAX_VALUE / 86400);
				long end = revoked ? revokedAt : endDay * 86400;
				window = new long[] { recordedAt, (end > this.todaySecond + 365 * 86400L) ? Long.MAX_VALUE : end };
			}
		}
		return window;
	}

	/** The referral that brought a person to habilitation: sent, received, accepted. */
	private void acceptedReferral(int p, Accepted accepted, Copy referral, Copy step, Copy notification,
			People rows) throws IOException {
		int from = this.personUnit[p];
		int to = this.personHabUnit[p];
		UUID writer = staffOf(from);
		long created = Math.max(this.personRegisteredAt[p] + 1200, accepted.sent() - this.random.nextInt(86400));
		long received = between(accepted.sent() + 600, accepted.decided() - 600);
		UUID id = uuid();
		String comment = (this.random.nextBoolean()) ? "Vi tar emot och bokar ett första besök." : null;
		String reason = pick(REFERRAL_REASONS);
		String question = pick(REFERRAL_QUESTIONS);
		String urgency = urgency();
		referral.uuid(id).uuid(this.personIds[p]).uuid(this.unitIds.get(from)).uuid(this.unitIds.get(to))
			.uuid(writer).text(reason).text(question).text(urgency)
			.text("ACCEPTED").timestamp(created).timestamp(accepted.sent()).uuid(writer).timestamp(received)
			.timestamp(accepted.decided()).nul().textOrNull(comment).uuid(accepted.interventionId()).nul().number(3)
			.timestamp(accepted.sent())
			.end();
		step(step, id, 0, "DRAFT", created, writer, from, null);
		step(step, id, 1, "SENT", accepted.sent(), writer, from, null);
		step(step, id, 2, "RECEIVED", received, staffOf(to), to, null);
		step(step, id, 3, "ACCEPTED", accepted.decided(), accepted.decidedBy(), to, comment);
		notices(notification, id, urgency, from, to, accepted.sent(), rows);
		rows.referrals++;
		rows.referralSteps += 4;
	}

	/**
	 * A referral about a person without habilitation: waiting (sent or received) while the
	 * last consent is active, declined or withdrawn within a consent, or — without one — a
	 * draft, or withdrawn as a draft. Sending makes the receiving unit involved.
	 */
	private void referral(int p, long majority, long[] window, Copy referral, Copy step, Copy involvement,
			Copy notification, People rows) throws IOException {
		int from = this.personUnit[p];
		UUID writer = staffOf(from);
		long open = (window != null) ? window[0] + 3600 : 0;
		long close = (window != null) ? Math.min(window[1], this.todaySecond) : 0;
		String status;
		long sent = 0;
		if (window != null && window[1] == Long.MAX_VALUE && this.random.nextInt(100) < 45) {
			status = (this.random.nextInt(100) < 45) ? "SENT" : "RECEIVED";
			sent = between(Math.max(open, this.todaySecond - 60 * 86400L), this.todaySecond - 7 * 86400L);
		}
		else if (window != null && close - 40 * 86400L > open) {
			status = (this.random.nextInt(100) < 60) ? "DECLINED" : "WITHDRAWN";
			sent = between(open, close - 40 * 86400L);
		}
		else {
			status = (this.random.nextInt(100) < 60) ? "DRAFT" : "WITHDRAWN";
		}
		long created = (sent > 0)
				? Math.max(this.personRegisteredAt[p] + 600, sent - this.random.nextInt(3 * 86400))
				: between(this.personRegisteredAt[p] + 600, this.todaySecond - 86400);
		int to = regionUnit(regionOf(this.personMunicipality[p]),
				(((sent > 0) ? sent : created) / 86400 < majority) ? 0 : 1);
		UUID receiver = staffOf(to);
		long received = 0;
		long decided = 0;
		long withdrawn = 0;
		boolean wasReceived = status.equals("RECEIVED") || status.equals("DECLINED")
				|| (status.equals("WITHDRAWN") && sent > 0 && this.random.nextBoolean());
		if (wasReceived) {
			received = sent + 600 + this.random.nextInt(5 * 86400);
		}
		if (status.equals("DECLINED")) {
			decided = received + 600 + this.random.nextInt(30 * 86400);
		}
		if (status.equals("WITHDRAWN")) {
			long after = (received > 0) ? received : (sent > 0) ? sent : created;
			withdrawn = Math.min(this.todaySecond - 60, after + 600 + this.random.nextInt(20 * 86400));
		}
		String comment = status.equals("DECLINED") ? pick(DECLINE_REASONS) : null;
		UUID id = uuid();
		int steps = 1 + ((sent > 0) ? 1 : 0) + ((received > 0) ? 1 : 0) + ((decided > 0 || withdrawn > 0) ? 1 : 0);
		String reason = pick(REFERRAL_REASONS);
		String question = pick(REFERRAL_QUESTIONS);
		String urgency = urgency();
		referral.uuid(id).uuid(this.personIds[p]).uuid(this.unitIds.get(from)).uuid(this.unitIds.get(to))
			.uuid(writer).text(reason).text(question).text(urgency).text(status)
			.timestamp(created).timestampOrNull(sent).uuidOrNull((sent > 0) ? writer : null)
			.timestampOrNull(received).timestampOrNull(decided).timestampOrNull(withdrawn).textOrNull(comment).nul()
			.nul().number(steps - 1).timestamp((sent > 0) ? sent : created).end();
		int index = 0;
		step(step, id, index++, "DRAFT", created, writer, from, null);
		if (sent > 0) {
			step(step, id, index++, "SENT", sent, writer, from, null);
			involvement.uuid(this.personIds[p]).uuid(this.unitIds.get(to)).text("REFERRAL").timestamp(sent).end();
			rows.involvements++;
			notices(notification, id, urgency, from, to, sent, rows);
		}
		if (received > 0) {
			step(step, id, index++, "RECEIVED", received, receiver, to, null);
		}
		if (decided > 0) {
			step(step, id, index++, "DECLINED", decided, receiver, to, comment);
		}
		if (withdrawn > 0) {
			step(step, id, index++, "WITHDRAWN", withdrawn, writer, from, null);
		}
		rows.referrals++;
		rows.referralSteps += index;
	}

	/**
	 * The notice a sent referral put into the inbox of every staff member of the receiving
	 * unit, as the application writes it ({@code ReferralManagement}), if it was sent within
	 * the notifications' retention period (a year): most read within a few days, a tenth
	 * still unread.
	 */
	private void notices(Copy notification, UUID referral, String urgency, int from, int to, long sent, People rows)
			throws IOException {
		if (sent < this.todaySecond - 365 * 86400L) {
			return;
		}
		String key = "notice.referral.sent." + urgency;
		String arguments = "[\"" + this.unitNames.get(from) + "\"]";
		String link = "/referrals/" + referral;
		for (int n = 0; n < this.unitStaffCount[to]; n++) {
			long read = (this.notices.nextInt(10) == 0) ? 0
					: Math.min(this.todaySecond - 60, sent + 600 + this.notices.nextInt(5 * 86400));
			notification.uuid(uuid(this.notices)).uuid(this.staffIds[this.unitStaffStart[to] + n]).text(key).text(arguments)
				.text(link).timestamp(sent).timestampOrNull(read).number(0).end();
			rows.notifications++;
		}
	}

	private void step(Copy step, UUID referral, int index, String status, long at, UUID staff, int unit,
			String comment) throws IOException {
		step.uuid(referral).number(index).text(status).timestamp(at).uuid(staff).uuid(this.unitIds.get(unit))
			.textOrNull(comment).end();
	}

	private String urgency() {
		return (this.random.nextInt(100) < 15) ? "URGENT" : "NORMAL";
	}

	private long between(long from, long to) {
		return from + (long) (this.random.nextDouble() * Math.max(1, to - from));
	}

	/** A referral accepted by the habilitation unit, which opened the intervention. */
	private record Accepted(UUID interventionId, long sent, long decided, UUID decidedBy) {
	}

	/** Rows written by {@link #people}, for the summary. */
	private static final class People {

		long involvements;

		long interventions;

		long consents;

		long consentPrincipals;

		long referrals;

		long referralSteps;

		long contacts;

		long contactParticipants;

		long reads;

		long notifications;

		long readPairs;

	}

	/** The person's contacts, with habilitation persons 4× as many, participants from both parties. */
	private void contacts(int p, Copy contact, Copy participant, People rows) throws IOException {
		boolean hab = this.personHabUnit[p] >= 0;
		double mean = CONTACTS_PER_PERSON * (hab ? 1.5 : 0.39);
		int n = this.random.nextInt((int) Math.round(2 * mean) + 1);
		long from = this.personRegisteredAt[p];
		for (int c = 0; c < n; c++) {
			int unit = (hab && this.random.nextBoolean()) ? this.personHabUnit[p] : this.personUnit[p];
			UUID recorder = staffOf(unit);
			long at = from + (long) (this.random.nextDouble() * (this.todaySecond - from));
			UUID id = uuid();
			contact.uuid(id).uuid(this.personIds[p]).uuid(this.unitIds.get(unit)).uuid(recorder).timestamp(at)
				.text(pick(CHANNELS)).text(pick(PURPOSES)).text(pick(SUMMARIES))
				.timestamp(Math.min(this.todaySecond, at + this.random.nextInt(3 * 86400))).number(1).end();
			participant.uuid(id).uuid(recorder).end();
			rows.contactParticipants++;
			if (hab) {
				int other = (unit == this.personUnit[p]) ? this.personHabUnit[p] : this.personUnit[p];
				participant.uuid(id).uuid(staffOf(other)).end();
				rows.contactParticipants++;
			}
			rows.contacts++;
		}
	}

	/**
	 * The reads of the person over the last three years, mostly by the units involved; 2 %
	 * by units without a basis (material for the log review).
	 */
	private void accessLog(int p, Copy log, Copy pair, People rows) throws IOException {
		boolean hab = this.personHabUnit[p] >= 0;
		double mean = READS_PER_PERSON * (hab ? 1.5 : 0.39);
		int n = this.random.nextInt((int) Math.round(2 * mean) + 1);
		long from = Math.max(this.personRegisteredAt[p], this.todaySecond - 3 * 365 * 86400L);
		int units = this.unitIds.size();
		// the person's (person, reading unit) pairs of the log review, as AccessLog keeps them
		Map<Integer, long[]> pairs = new LinkedHashMap<>();
		Map<Integer, String[]> lastReads = new HashMap<>();
		for (int r = 0; r < n; r++) {
			int unit;
			int roll = this.random.nextInt(100);
			if (roll < 2) {
				unit = this.random.nextInt(units);
			}
			else if (hab && roll < 50) {
				unit = this.personHabUnit[p];
			}
			else {
				unit = this.personUnit[p];
			}
			int staff = this.unitStaffStart[unit] + this.random.nextInt(this.unitStaffCount[unit]);
			long at = from + (long) (this.random.nextDouble() * (this.todaySecond - from));
			UUID id = uuid();
			String action = pick(ACTIONS);
			log.uuid(id).timestamp(at).uuid(this.staffIds[staff]).text(this.usernames[staff])
				.uuid(this.unitIds.get(unit)).text(this.unitNames.get(unit)).uuid(this.personIds[p])
				.text(action).end();
			rows.reads++;
			long[] firstLastCount = pairs.computeIfAbsent(unit, (u) -> new long[] { at, at, 0 });
			firstLastCount[0] = Math.min(firstLastCount[0], at);
			if (at >= firstLastCount[1]) {
				firstLastCount[1] = at;
				lastReads.put(unit, new String[] { action, this.usernames[staff] });
			}
			firstLastCount[2]++;
		}
		for (Map.Entry<Integer, long[]> entry : pairs.entrySet()) {
			int unit = entry.getKey();
			long[] firstLastCount = entry.getValue();
			String[] last = lastReads.get(unit);
			pair.uuid(this.personIds[p])
				.uuid(this.unitIds.get(unit))
				.uuidOrNull((unit != this.personUnit[p]) ? this.unitIds.get(this.personUnit[p]) : null)
				.text(this.unitNames.get(unit))
				.timestamp(firstLastCount[0])
				.timestamp(firstLastCount[1])
				.number(firstLastCount[2])
				.text(last[0])
				.text(last[1])
				.end();
			rows.readPairs++;
		}
	}

	private void matters(CopyTarget target) throws SQLException, IOException {
		int matters = (int) Math.round(20_000 * this.scale);
		long steps = 0;
		try (Copy matter = target.copy("matter",
				"id, title, description, category, source, status, reported_by, reported_by_unit_id, organisation_name, contact_email, answer, reported_at, changed_at, version");
				Copy step = target.copy("matter_step",
						"matter_id, position, kind, from_status, to_status, text, reference_id, reference_title, reference_date, actor, actor_staff_id, at")) {
			for (int i = 0; i < matters; i++) {
				int unit = this.random.nextInt(this.unitIds.size());
				int staff = this.unitStaffStart[unit] + this.random.nextInt(this.unitStaffCount[unit]);
				long reportedAt = this.todaySecond - (long) (this.random.nextDouble() * 4 * 365 * 86400L);
				String status = pick(MATTER_STATUSES);
				long changedAt = status.equals("REPORTED") ? reportedAt
						: reportedAt + (long) (this.random.nextDouble() * (this.todaySecond - reportedAt));
				UUID id = uuid();
				if (status.equals("PRIORITISED") || status.equals("CLOSED")) {
					this.plannedMatters.add(id);
				}
				matter.uuid(id).text("Ärende " + (i + 1) + ": samordning kring " + pick(TITLES_LSS).toLowerCase())
					.text("Beskrivning av gråzon eller brist i samverkan mellan parterna.").text(pick(MATTER_CATEGORIES))
					.text("STAFF").text(status).uuid(this.staffIds[staff]).uuid(this.unitIds.get(unit)).nul().nul()
					.textOrNull(status.equals("CLOSED") ? "Hanterat i styrgruppen; rutinen förtydligad." : null)
					.timestamp(reportedAt).timestamp(changedAt).number(1).end();
				step.uuid(id).number(0).text("REPORTED").nul().text("REPORTED").nul().nul().nul().nul()
					.text(this.usernames[staff]).uuid(this.staffIds[staff]).timestamp(reportedAt).end();
				steps++;
				if (!status.equals("REPORTED")) {
					step.uuid(id).number(1).text("STATUS_CHANGED").text("REPORTED").text(status)
						.text("Bedömt av samordnarna.").nul().nul().nul().text("u" + "samordnare").nul()
						.timestamp(changedAt).end();
					steps++;
				}
			}
		}
		count("matter", matters);
		count("matter_step", steps);
	}

	/**
	 * The activity plans (R12) of every year the application accepts: approved by every
	 * agreement party's head of operations up to last year, the current year's in approval
	 * with part of the parties' approvals, and the later years' in approval without any —
	 * the plans the benchmark approves ({@code plans.csv}). The parties are the units marked
	 * as agreement parties, as the application takes them without an agreement in force.
	 * Each activity comes from two matters and has three parties' contributions (R22).
	 */
	private void plans(CopyTarget target) throws SQLException, IOException {
		List<Integer> parties = new ArrayList<>();
		for (int u = 0; u < this.unitIds.size(); u++) {
			if (isAgreementParty(u)) {
				parties.add(u);
			}
		}
		int convener = this.unitStaffStart[regionUnit(0, 0)];
		int currentYear = this.today.getYear();
		long plans = 0;
		long approvals = 0;
		long activities = 0;
		long links = 0;
		long contributions = 0;
		try (Copy plan = target.copy("activity_plan",
				"id, plan_year, status, revision, created_by, created_at, submitted_at, approved_at, sent_back_unit_id, sent_back_by, sent_back_reason, sent_back_at, version");
				Copy party = target.copy("activity_plan_party", "activity_plan_id, unit_id");
				Copy approval = target.copy("activity_plan_approval",
						"activity_plan_id, unit_id, approved_by, approved_at");
				Copy activity = target.copy("activity",
						"id, activity_plan_id, position, title, goal, responsible_staff_id, due_on, version");
				Copy linked = target.copy("activity_matter", "activity_id, matter_id");
				Copy contribution = target.copy("activity_contribution", "activity_id, unit_id, resources")) {
			for (int year = PLAN_FIRST_YEAR; year <= PLAN_LAST_YEAR; year++) {
				UUID id = uuid();
				long created = Math.min(this.todaySecond - 30 * 86400L,
						LocalDate.of(year - 1, 9, 1).toEpochDay() * 86400 + 9 * 3600);
				long submitted = created + 14 * 86400L;
				int approving = (year < currentYear) ? parties.size()
						: (year == currentYear) ? parties.size() * 2 / 5 : 0;
				long approvedAt = 0;
				for (int i = 0; i < approving; i++) {
					int unit = parties.get(i);
					long at = submitted + 3600 + (long) i * (20 * 86400L) / parties.size();
					approval.uuid(id).uuid(this.unitIds.get(unit)).uuid(this.staffIds[this.unitStaffStart[unit]])
						.timestamp(at).end();
					approvedAt = at;
				}
				approvals += approving;
				boolean approved = approving == parties.size();
				plan.uuid(id).number(year).text(approved ? "APPROVED" : "IN_APPROVAL").number(1)
					.uuid(this.staffIds[convener]).timestamp(created).timestamp(submitted)
					.timestampOrNull(approved ? approvedAt : 0).nul().nul().nul().nul().number(1 + approving).end();
				for (int unit : parties) {
					party.uuid(id).uuid(this.unitIds.get(unit)).end();
				}
				for (int a = 0; a < ACTIVITY_TITLES.length; a++) {
					UUID activityId = uuid();
					activity.uuid(activityId).uuid(id).number(a).text(ACTIVITY_TITLES[a])
						.text("Parterna har en gemensam och känd arbetsform under året.").uuid(this.staffIds[convener])
						.date(LocalDate.of(year, 3 + 3 * a, 1).toEpochDay()).number(0).end();
					int n = (int) activities + a;
					for (int m = 0; m < 2 && this.plannedMatters.size() >= 2; m++) {
						linked.uuid(activityId).uuid(this.plannedMatters.get((2 * n + m) % this.plannedMatters.size()))
							.end();
						links++;
					}
					for (int c = 0; c < Math.min(CONTRIBUTIONS.length, parties.size()); c++) {
						contribution.uuid(activityId).uuid(this.unitIds.get(parties.get((3 * n + c) % parties.size())))
							.text(CONTRIBUTIONS[c]).end();
						contributions++;
					}
				}
				activities += ACTIVITY_TITLES.length;
				plans++;
				if (year > currentYear) {
					this.benchmarkPlans.add(id + "," + year);
				}
			}
		}
		count("activity_plan", plans);
		count("activity_plan_party", plans * parties.size());
		count("activity_plan_approval", approvals);
		count("activity", activities);
		count("activity_matter", links);
		count("activity_contribution", contributions);
	}

	private boolean isAgreementParty(int unit) {
		return this.unitParty.get(unit);
	}

	/**
	 * The keys, foreign keys and indexes of the loaded tables (and the foreign keys
	 * pointing at them), taken from the migrated schema: dropped before loading and
	 * rebuilt after, exactly as the migrations made them, which is much faster than
	 * maintaining them row by row.
	 */
	record Schema(List<String[]> keys, List<String[]> foreignKeys, List<String> indexes) {

		static Schema capture(Connection connection, List<String> tables) throws SQLException {
			String[] names = tables.toArray(String[]::new);
			List<String[]> keys = new ArrayList<>();
			List<String[]> foreignKeys = new ArrayList<>();
			List<String> indexes = new ArrayList<>();
			try (var statement = connection.prepareStatement("""
					select c.conrelid::regclass::text, c.conname, c.contype, pg_get_constraintdef(c.oid)
					from pg_constraint c
					where c.connamespace = 'public'::regnamespace and c.contype in ('p', 'u', 'f')
					  and (c.conrelid::regclass::text = any(?) or c.confrelid::regclass::text = any(?))
					order by c.conname
					""")) {
				statement.setArray(1, connection.createArrayOf("text", names));
				statement.setArray(2, connection.createArrayOf("text", names));
				try (var rows = statement.executeQuery()) {
					while (rows.next()) {
						String[] constraint = { rows.getString(1), rows.getString(2), rows.getString(4) };
						if ("f".equals(rows.getString(3))) {
							foreignKeys.add(constraint);
						}
						else if (tables.contains(rows.getString(1))) {
							keys.add(constraint);
						}
					}
				}
			}
			try (var statement = connection.prepareStatement("""
					select i.indexdef from pg_indexes i
					where i.schemaname = 'public' and i.tablename = any(?)
					  and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
					order by i.indexname
					""")) {
				statement.setArray(1, connection.createArrayOf("text", names));
				try (var rows = statement.executeQuery()) {
					while (rows.next()) {
						indexes.add(rows.getString(1));
					}
				}
			}
			return new Schema(keys, foreignKeys, indexes);
		}

		void drop(Connection connection) throws SQLException {
			try (Statement statement = connection.createStatement()) {
				for (String[] foreignKey : this.foreignKeys) {
					statement.execute("alter table " + foreignKey[0] + " drop constraint " + foreignKey[1]);
				}
				for (String index : this.indexes) {
					statement.execute("drop index " + index.replaceFirst("(?i)^create (unique )?index (\\S+) on .*$", "$2"));
				}
				for (String[] key : this.keys) {
					statement.execute("alter table " + key[0] + " drop constraint " + key[1]);
				}
			}
		}

		/**
		 * Keys and indexes first, biggest table first, on two connections (one per core);
		 * a key's index is built like any other and then attached to its constraint, so
		 * builds on the same table do not wait for each other's exclusive lock. The
		 * foreign keys, which need the keys, after.
		 */
		void restore(Database database) throws SQLException {
			List<String> tables = database.tablesBySize();
			List<String[]> builds = new ArrayList<>();
			for (String[] key : this.keys) {
				java.util.regex.Matcher columns = KEY.matcher(key[2]);
				if (columns.matches()) {
					builds.add(new String[] { key[0], "create unique index " + key[1] + " on " + key[0] + " ("
							+ columns.group(2) + ")", "alter table " + key[0] + " add constraint " + key[1] + " "
							+ columns.group(1) + " using index " + key[1] });
				}
				else {
					builds.add(new String[] { key[0], "alter table " + key[0] + " add constraint " + key[1] + " "
							+ key[2] });
				}
			}
			for (String index : this.indexes) {
				builds.add(new String[] { index.replaceFirst("(?i)^.*? on (?:only )?(?:public\\.)?(\\S+) .*$", "$1"),
						index });
			}
			builds.sort(java.util.Comparator.comparingInt((String[] build) -> {
				int rank = tables.indexOf(build[0]);
				return (rank < 0) ? Integer.MAX_VALUE : rank;
			}));
			database.inParallelGroups(builds.stream()
				.map((build) -> java.util.Arrays.asList(build).subList(1, build.length))
				.toList());
			database.inParallel(this.foreignKeys.stream()
				.map((foreignKey) -> "alter table " + foreignKey[0] + " add constraint " + foreignKey[1] + " "
						+ foreignKey[2])
				.toList());
		}

		private static final java.util.regex.Pattern KEY = java.util.regex.Pattern
			.compile("^(PRIMARY KEY|UNIQUE) \\(([^()]*)\\)$");

	}

	/**
	 * The benchmark's accounts, one virtual user a row: a case worker of one of the
	 * biggest municipalities' LSS units with a person the unit registered (and so sees),
	 * and a person of the unit it may refer now to the region's BUH or VH; a case worker
	 * of that habilitation unit (the referral inbox); and the head of operations of a
	 * distinct agreement party (approving plans). {@code row} numbers the virtual users.
	 */
	void writeUsers(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		List<List<Integer>> personsOfUnit = new ArrayList<>();
		List<List<Integer>> referableOfUnit = new ArrayList<>();
		for (int u = 0; u < this.unitIds.size(); u++) {
			personsOfUnit.add(new ArrayList<>());
			referableOfUnit.add(new ArrayList<>());
		}
		for (int p = 0; p < this.persons; p++) {
			List<Integer> list = personsOfUnit.get(this.personUnit[p]);
			if (list.size() < 50) {
				list.add(p);
			}
			List<Integer> referable = referableOfUnit.get(this.personUnit[p]);
			if (this.personReferable[p] && referable.size() < 50) {
				referable.add(p);
			}
		}
		List<Integer> heads = new ArrayList<>();
		for (int u = 0; u < this.unitIds.size(); u++) {
			if (this.unitParty.get(u)) {
				heads.add(this.unitStaffStart[u]);
			}
		}
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
			out.println("username,staffId,personId,personalIdentityNumber,referralPersonId,referralUnitId,"
					+ "habUsername,habUnitId,approverUsername,row");
			int written = 0;
			for (int m = 0; m < MUNICIPALITIES && written < 1000; m++) {
				int unit = m * 3;
				List<Integer> own = personsOfUnit.get(unit);
				List<Integer> referable = referableOfUnit.get(unit);
				for (int n = 1; n < this.unitStaffCount[unit] && !own.isEmpty() && !referable.isEmpty()
						&& written < 1000; n++) {
					int staff = this.unitStaffStart[unit] + n;
					int p = own.get(n % own.size());
					int r = referable.get(n % referable.size());
					long majority = LocalDate.ofEpochDay(this.personBirthDay[r]).plusYears(18).toEpochDay();
					int hab = regionUnit(regionOf(m), (this.today.toEpochDay() < majority) ? 0 : 1);
					int habStaff = this.unitStaffStart[hab] + 1 + n % (this.unitStaffCount[hab] - 1);
					out.println(this.usernames[staff] + "," + this.staffIds[staff] + "," + this.personIds[p] + ","
							+ this.personNumbers[p] + "," + this.personIds[r] + "," + this.unitIds.get(hab) + ","
							+ this.usernames[habStaff] + "," + this.unitIds.get(hab) + ","
							+ this.usernames[heads.get(written % heads.size())] + "," + written);
					written++;
				}
			}
		}
	}

	/** The plans the benchmark approves: id and year. */
	void writePlans(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
			out.println("planId,year");
			this.benchmarkPlans.forEach(out::println);
		}
	}

	// --- helpers -----------------------------------------------------------------------

	private int municipality() {
		double x = this.random.nextDouble();
		int index = java.util.Arrays.binarySearch(this.municipalityCumulativeWeight, x);
		return Math.min(MUNICIPALITIES - 1, (index >= 0) ? index : -index - 1);
	}

	private UUID staffOf(int unit) {
		return this.staffIds[this.unitStaffStart[unit] + this.random.nextInt(this.unitStaffCount[unit])];
	}

	private UUID uuid() {
		return uuid(this.random);
	}

	/** A random (version 4) UUID from that sequence. */
	private static UUID uuid(SplittableRandom random) {
		long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
		long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

	private String name() {
		return pick(FIRST) + " " + pick(LAST);
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private <T> void shuffle(List<T> list) {
		for (int i = list.size() - 1; i > 0; i--) {
			int j = this.random.nextInt(i + 1);
			T swap = list.get(i);
			list.set(i, list.get(j));
			list.set(j, swap);
		}
	}

	/** A valid personal identity number in normal form, YYYYMMDD-NNNC. */
	static String number(LocalDate birthDate, int serial) {
		String yymmdd = String.format("%02d%02d%02d", birthDate.getYear() % 100, birthDate.getMonthValue(),
				birthDate.getDayOfMonth());
		String nine = yymmdd + String.format("%03d", serial);
		int sum = 0;
		for (int i = 0; i < nine.length(); i++) {
			int digit = (nine.charAt(i) - '0') * ((i % 2 == 0) ? 2 : 1);
			sum += (digit > 9) ? digit - 9 : digit;
		}
		return String.format("%04d", birthDate.getYear()) + yymmdd.substring(2) + "-" + String.format("%03d", serial)
				+ ((10 - sum % 10) % 10);
	}

	private void count(String table, long rows) {
		this.counts.put(table, rows);
	}

	private String day(long epochDay) {
		int index = (int) (epochDay - this.firstDay);
		if (index < 0 || index >= this.dayText.length) {
			return LocalDate.ofEpochDay(epochDay).toString();
		}
		String text = this.dayText[index];
		if (text == null) {
			text = LocalDate.ofEpochDay(epochDay).toString();
			this.dayText[index] = text;
		}
		return text;
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static void log(String format, Object... args) {
		System.out.printf(format + "%n", args);
	}

	/** The database loaded: connections with the session settings for bulk loading. */
	record Database(String url, String user, String password) {

		Connection open() throws SQLException {
			Connection connection = DriverManager.getConnection(this.url, this.user, this.password);
			try (Statement statement = connection.createStatement()) {
				// durable at the end all the same: each COPY and build commits, and the
				// server flushes its WAL within a fraction of a second
				statement.execute("set synchronous_commit = off");
				statement.execute("set maintenance_work_mem = '1GB'");
				statement.execute("set max_parallel_maintenance_workers = 1");
			}
			return connection;
		}

		/** The tables of the schema, biggest first. */
		List<String> tablesBySize() throws SQLException {
			List<String> tables = new ArrayList<>();
			try (Connection connection = open();
					var rows = connection.createStatement()
						.executeQuery("select c.relname from pg_class c where c.relnamespace = 'public'::regnamespace"
								+ " and c.relkind = 'r' order by pg_table_size(c.oid) desc, c.relname")) {
				while (rows.next()) {
					tables.add(rows.getString(1));
				}
			}
			return tables;
		}

		void inParallel(List<String> statements) throws SQLException {
			inParallelGroups(statements.stream().map(List::of).toList());
		}

		/**
		 * Runs the groups of statements on {@link #WORKERS} connections, each group's
		 * statements in order, the groups in the order given as connections come free. A
		 * group that deadlocks with another (two foreign keys on the same table) is run
		 * again.
		 */
		void inParallelGroups(List<List<String>> groups) throws SQLException {
			java.util.concurrent.ConcurrentLinkedQueue<List<String>> queue = new java.util.concurrent.ConcurrentLinkedQueue<>(
					groups);
			List<Thread> threads = new ArrayList<>();
			List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
			for (int w = 0; w < WORKERS; w++) {
				Thread thread = new Thread(() -> {
					try (Connection connection = open(); Statement statement = connection.createStatement()) {
						for (List<String> group = queue.poll(); group != null && failures.isEmpty(); group = queue
							.poll()) {
							for (int attempt = 1;; attempt++) {
								try {
									for (String sql : group) {
										statement.execute(sql);
									}
									break;
								}
								catch (SQLException ex) {
									if (!"40P01".equals(ex.getSQLState()) || attempt == 3) {
										throw ex;
									}
								}
							}
						}
					}
					catch (Throwable ex) {
						failures.add(ex);
					}
				});
				thread.start();
				threads.add(thread);
			}
			for (Thread thread : threads) {
				try {
					thread.join();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new SQLException(ex);
				}
			}
			if (!failures.isEmpty()) {
				throw new SQLException(failures.get(0));
			}
		}

		static final int WORKERS = 2;

	}

	/**
	 * COPY into tables, each on a connection of its own, fed by a thread of its own: the
	 * generating thread only formats rows, while the servers' processes load them on the
	 * other core, so the random stream — one thread, fixed order — does not depend on
	 * timing. Foreign keys are dropped while loading, so the tables may load in any order.
	 * Each table is emptied and loaded in one transaction with {@code FREEZE}: its rows
	 * are written frozen and visible to all, which spares the vacuum after.
	 */
	final class CopyTarget {

		private final Database database;

		CopyTarget(Database database) {
			this.database = database;
		}

		Copy copy(String table, String columns) {
			return new Copy(this.database, table, "copy " + table + " (" + columns + ") from stdin with (freeze)");
		}

	}

	/**
	 * One COPY in PostgreSQL's text format: rows are formatted into 1 MiB chunks, which a
	 * bounded queue hands to the thread that sends them; values never hold tabs, newlines
	 * or backslashes.
	 */
	final class Copy implements AutoCloseable {

		private static final int FLUSH_AT = 1 << 20;

		private static final String END = "";

		private final java.util.concurrent.BlockingQueue<String> chunks = new java.util.concurrent.ArrayBlockingQueue<>(
				4);

		private final Thread sender;

		private volatile Throwable failure;

		private final StringBuilder row = new StringBuilder(FLUSH_AT + 4096);

		private boolean first = true;

		Copy(Database database, String table, String sql) {
			this.sender = new Thread(() -> send(database, table, sql), "copy-" + table);
			this.sender.start();
		}

		private void send(Database database, String table, String sql) {
			try (Connection connection = database.open()) {
				connection.setAutoCommit(false);
				try (Statement statement = connection.createStatement()) {
					statement.execute("truncate table " + table);
				}
				CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
				for (String chunk = this.chunks.take(); chunk != END; chunk = this.chunks.take()) {
					byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
					in.writeToCopy(bytes, 0, bytes.length);
				}
				in.endCopy();
				connection.commit();
			}
			catch (Throwable ex) {
				this.failure = ex;
				// keep taking, so that the generating thread never waits for a dead sender
				try {
					while (this.chunks.take() != END) {
						// dropped
					}
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
			}
		}

		private Copy next() {
			if (!this.first) {
				this.row.append('\t');
			}
			this.first = false;
			return this;
		}

		Copy uuid(UUID value) {
			next().row.append(value);
			return this;
		}

		Copy uuidOrNull(UUID value) {
			return (value != null) ? uuid(value) : nul();
		}

		Copy text(String value) {
			next().row.append(value);
			return this;
		}

		Copy textOrNull(String value) {
			return (value != null) ? text(value) : nul();
		}

		Copy number(long value) {
			next().row.append(value);
			return this;
		}

		Copy nul() {
			next().row.append("\\N");
			return this;
		}

		Copy date(long epochDay) {
			next().row.append(day(epochDay));
			return this;
		}

		Copy dateOrNull(Long epochDay) {
			return (epochDay != null) ? date(epochDay) : nul();
		}

		/** A timestamp, or null for 0 (never a generated instant). */
		Copy timestampOrNull(long epochSecond) {
			return (epochSecond != 0) ? timestamp(epochSecond) : nul();
		}

		Copy timestamp(long epochSecond) {
			long day = Math.floorDiv(epochSecond, 86400);
			int second = (int) Math.floorMod(epochSecond, 86400);
			next().row.append(day(day)).append(' ');
			two(second / 3600);
			this.row.append(':');
			two(second / 60 % 60);
			this.row.append(':');
			two(second % 60);
			this.row.append("+00");
			return this;
		}

		private void two(int value) {
			if (value < 10) {
				this.row.append('0');
			}
			this.row.append(value);
		}

		void end() throws IOException {
			this.row.append('\n');
			this.first = true;
			if (this.row.length() >= FLUSH_AT) {
				flush();
			}
		}

		private void flush() throws IOException {
			if (this.failure != null) {
				throw new IOException(this.failure);
			}
			if (this.row.length() > 0) {
				put(this.row.toString());
				this.row.setLength(0);
			}
		}

		private void put(String chunk) throws IOException {
			try {
				this.chunks.put(chunk);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
		}

		@Override
		public void close() throws IOException {
			flush();
			put(END);
			try {
				this.sender.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
			if (this.failure != null) {
				throw new IOException(this.failure);
			}
		}

	}

}
