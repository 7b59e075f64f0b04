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
 * valid personal identity numbers, consents, interventions, contacts, the access log and
 * matters, loaded with COPY. The same seed, scale and reference day give the same rows.
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
 * {@code --user}, {@code --password}, {@code --users-csv} (the benchmark's accounts).
 * Every generated account's password is {@code demo}.
 */
public final class DataGenerator {

	static final int MUNICIPALITIES = 290;

	static final int REGIONS = 21;

	static final String PASSWORD = "demo";

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

	private static final String[] MATTER_CATEGORIES = { "GREY_ZONE", "DEFICIENCY", "DEVIATION", "IMPROVEMENT",
			"OTHER" };

	private static final String[] MATTER_STATUSES = { "REPORTED", "UNDER_ANALYSIS", "PRIORITISED", "CLOSED", "CLOSED",
			"CLOSED" };

	private final double scale;

	private final SplittableRandom random;

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

	private final Map<String, Long> counts = new LinkedHashMap<>();

	DataGenerator(double scale, long seed, LocalDate today) {
		this.scale = scale;
		this.random = new SplittableRandom(seed);
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
		try (Connection connection = DriverManager.getConnection(url, options.get("user"), options.get("password"))) {
			connection.setAutoCommit(true);
			generator.generate(connection);
			generator.writeUsers(Path.of(options.get("users-csv")));
			long analyse = System.nanoTime();
			try (Statement statement = connection.createStatement()) {
				statement.execute("vacuum analyze");
			}
			log("vacuum analyze in %.1f s", seconds(analyse));
		}
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

	static final List<String> TABLES = List.of("principal", "unit", "staff", "staff_function", "person",
			"person_involvement", "intervention", "consent", "consent_principal", "contact", "contact_participant",
			"access_log", "access_log_pair", "matter", "matter_step");

	/**
	 * The access log summed per (person, reading unit) for the log review: the statement
	 * of migration V73, run once after the access log is loaded.
	 */
	static final String ACCESS_LOG_PAIRS = """
			insert into access_log_pair (person_id, unit_id, registered_by_unit_id, unit_name, first_at, last_at,
			                             read_count, last_action, last_username)
			select l.person_id, l.unit_id, case when p.registered_by_unit_id <> l.unit_id then p.registered_by_unit_id end,
			       l.unit_name, l.first_at, l.at, l.read_count, l.action, l.username
			from (select a.person_id, a.unit_id, a.unit_name, a.at, a.action, a.username,
			             min(a.at) over (partition by a.person_id, a.unit_id) as first_at,
			             count(*) over (partition by a.person_id, a.unit_id) as read_count,
			             row_number() over (partition by a.person_id, a.unit_id order by a.at desc, a.id desc) as n
			      from access_log a) l
			left join person p on p.id = l.person_id
			where l.n = 1
			""";

	void generate(Connection connection) throws SQLException, IOException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("set synchronous_commit = off");
			statement.execute("set maintenance_work_mem = '256MB'");
		}
		Schema schema = Schema.capture(connection, TABLES);
		schema.drop(connection);
		load(connection);
		long started = System.nanoTime();
		try (Statement statement = connection.createStatement()) {
			count("access_log_pair", statement.executeUpdate(ACCESS_LOG_PAIRS));
		}
		log("access log pairs in %.1f s", seconds(started));
		started = System.nanoTime();
		schema.restore(connection);
		log("indexes and constraints rebuilt in %.1f s", seconds(started));
	}

	private void load(Connection connection) throws SQLException, IOException {
		long started = System.nanoTime();
		CopyTarget target = new CopyTarget(connection.unwrap(PGConnection.class));
		organisation(target);
		log("organisation in %.1f s", seconds(started));
		started = System.nanoTime();
		persons(target);
		log("persons, involvements, interventions in %.1f s", seconds(started));
		started = System.nanoTime();
		consents(target);
		log("consents in %.1f s", seconds(started));
		started = System.nanoTime();
		contacts(target);
		log("contacts in %.1f s", seconds(started));
		started = System.nanoTime();
		accessLog(target);
		log("access log in %.1f s", seconds(started));
		started = System.nanoTime();
		matters(target, connection);
		log("matters in %.1f s", seconds(started));
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
						if (u % 3 == 2 && this.unitPrincipal.get(u) >= MUNICIPALITIES) {
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
			copy.uuid(this.staffIds[index]).text("admin").text("Administratör Samverkan").nul()
				.uuid(this.unitIds.get(units - 1)).nul().text(hash).text("t").text("t").number(1).end();
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

	// --- persons ----------------------------------------------------------------------

	private void persons(CopyTarget target) throws SQLException, IOException {
		this.persons = (int) Math.round(300_000 * this.scale);
		this.personIds = new UUID[this.persons];
		this.personNumbers = new String[this.persons];
		this.personMunicipality = new int[this.persons];
		this.personUnit = new int[this.persons];
		this.personHabUnit = new int[this.persons];
		this.personRegisteredAt = new long[this.persons];
		this.personBirthDay = new long[this.persons];
		Set<String> numbers = new HashSet<>();
		long interventions = 0;
		long involvements = 0;
		try (Copy person = target.copy("person",
				"id, personal_identity_number, birth_date, first_name, last_name, home_municipality_id, protected_identity, registered_by_unit_id, registered_at, sip_reference, version");
				Copy involvement = target.copy("person_involvement", "person_id, unit_id, reason, since");
				Copy intervention = target.copy("intervention",
						"id, person_id, unit_id, title, responsible_staff_id, started_on, ended_on, version")) {
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
				boolean child = age < 18;
				this.personHabUnit[p] = (this.random.nextDouble() < 0.55) ? regionUnit(regionOf(m), child ? 0 : 1)
						: -1;
				person.uuid(this.personIds[p]).text(number).date(birthDay).text(pick(FIRST)).text(pick(LAST))
					.uuid(this.principalIds[m]).text((this.random.nextInt(100) == 0) ? "t" : "f")
					.uuid(this.unitIds.get(unit)).timestamp(registeredAt)
					.textOrNull((this.random.nextInt(4) == 0) ? "SIP-" + (100000 + this.random.nextInt(900000)) : null)
					.number(1).end();
				involvement.uuid(this.personIds[p]).uuid(this.unitIds.get(unit)).text("REGISTERED")
					.timestamp(registeredAt).end();
				involvements++;
				long startDay = registeredAt / 86400;
				intervention.uuid(uuid()).uuid(this.personIds[p]).uuid(this.unitIds.get(unit)).text(pick(TITLES_LSS))
					.nul().date(startDay)
					.dateOrNull((this.random.nextInt(10) < 3) ? startDay + 30 + this.random.nextInt(
							(int) Math.max(31, this.today.toEpochDay() - startDay)) : null)
					.number(1).end();
				interventions++;
				if (this.personHabUnit[p] >= 0) {
					int hab = this.personHabUnit[p];
					long since = registeredAt + this.random.nextInt(90 * 86400);
					involvement.uuid(this.personIds[p]).uuid(this.unitIds.get(hab)).text("INTERVENTION")
						.timestamp(since).end();
					involvements++;
					intervention.uuid(uuid()).uuid(this.personIds[p]).uuid(this.unitIds.get(hab)).text(pick(TITLES_HAB))
						.uuid(staffOf(hab)).date(since / 86400)
						.dateOrNull((this.random.nextInt(10) < 2) ? this.today.toEpochDay() + this.random.nextInt(365)
								: null)
						.number(1).end();
					interventions++;
				}
			}
		}
		count("person", this.persons);
		count("person_involvement", involvements);
		count("intervention", interventions);
	}

	private void consents(CopyTarget target) throws SQLException, IOException {
		long consents = 0;
		long principals = 0;
		try (Copy consent = target.copy("consent",
				"id, person_id, given_on, form, given_by, child_view, valid_until, majority_on, note, recorded_by, recorded_at, revoked_at, revoked_by, revocation_reason, version");
				Copy principal = target.copy("consent_principal", "consent_id, principal_id")) {
			for (int p = 0; p < this.persons; p++) {
				boolean hab = this.personHabUnit[p] >= 0;
				int n = hab ? 1 + this.random.nextInt(4) + ((this.random.nextInt(10) == 0) ? 1 : 0)
						: this.random.nextInt(3) - ((this.random.nextInt(10) == 0) ? 1 : 0);
				long registeredDay = this.personRegisteredAt[p] / 86400;
				long span = Math.max(1, this.today.toEpochDay() - registeredDay);
				long majority = LocalDate.ofEpochDay(this.personBirthDay[p]).plusYears(18).toEpochDay();
				for (int c = 0; c < n; c++) {
					long givenOn = registeredDay + span * c / n + this.random.nextInt((int) Math.max(1, span / n));
					givenOn = Math.min(givenOn, this.today.toEpochDay());
					boolean guardian = givenOn < majority;
					boolean last = c == n - 1;
					boolean active = last && this.random.nextInt(100) < 85;
					boolean revoked = !active && this.random.nextBoolean();
					Long validUntil = active ? ((this.random.nextInt(3) == 0) ? this.today.toEpochDay() + 30
							+ this.random.nextInt(700) : null)
							: (revoked ? null : Math.min(this.today.toEpochDay() - 1, givenOn + 180 + this.random.nextInt(400)));
					int unit = this.personUnit[p];
					UUID recordedBy = staffOf(unit);
					long recordedAt = givenOn * 86400 + 8 * 3600 + this.random.nextInt(9 * 3600);
					UUID id = uuid();
					consent.uuid(id).uuid(this.personIds[p]).date(givenOn).text(pick(new String[] { "ORAL", "WRITTEN",
							"DIGITAL" })).text(guardian ? "GUARDIAN" : "PERSON")
						.textOrNull((guardian && this.random.nextBoolean()) ? "Barnet vill att BUH och LSS planerar tillsammans." : null)
						.dateOrNull(validUntil).dateOrNull(guardian ? majority : null).nul().uuid(recordedBy)
						.timestamp(recordedAt);
					if (revoked) {
						long revokedAt = Math.min(this.todaySecond - 86400,
								recordedAt + (30 + this.random.nextInt(400)) * 86400L);
						consent.timestamp(Math.max(recordedAt + 60, revokedAt)).uuid(recordedBy)
							.text("Återkallat av den enskilde.");
					}
					else {
						consent.nul().nul().nul();
					}
					consent.number(revoked ? 2 : 1).end();
					consents++;
					int m = this.personMunicipality[p];
					principal.uuid(id).uuid(this.principalIds[m]).end();
					principal.uuid(id).uuid(this.principalIds[MUNICIPALITIES + regionOf(m)]).end();
					principals += 2;
					if (this.random.nextInt(10) == 0) {
						int other = (m + 1 + this.random.nextInt(MUNICIPALITIES - 1)) % MUNICIPALITIES;
						principal.uuid(id).uuid(this.principalIds[other]).end();
						principals++;
					}
				}
			}
		}
		count("consent", consents);
		count("consent_principal", principals);
	}

	private void contacts(CopyTarget target) throws SQLException, IOException {
		double perPerson = 2_000_000.0 / 300_000;
		long contacts = 0;
		long participants = 0;
		try (Copy contact = target.copy("contact",
				"id, person_id, unit_id, recorded_by, occurred_at, channel, purpose, summary, recorded_at, version");
				Copy participant = target.copy("contact_participant", "contact_id, staff_id")) {
			for (int p = 0; p < this.persons; p++) {
				boolean hab = this.personHabUnit[p] >= 0;
				double mean = perPerson * (hab ? 1.5 : 0.39);
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
					participants++;
					if (hab) {
						int other = (unit == this.personUnit[p]) ? this.personHabUnit[p] : this.personUnit[p];
						UUID second = staffOf(other);
						participant.uuid(id).uuid(second).end();
						participants++;
					}
					contacts++;
				}
			}
		}
		count("contact", contacts);
		count("contact_participant", participants);
	}

	private void accessLog(CopyTarget target) throws SQLException, IOException {
		double perPerson = 20_000_000.0 / 300_000;
		long rows = 0;
		int units = this.unitIds.size();
		try (Copy log = target.copy("access_log", "id, at, staff_id, username, unit_id, unit_name, person_id, action")) {
			for (int p = 0; p < this.persons; p++) {
				boolean hab = this.personHabUnit[p] >= 0;
				double mean = perPerson * (hab ? 1.5 : 0.39);
				int n = this.random.nextInt((int) Math.round(2 * mean) + 1);
				long from = Math.max(this.personRegisteredAt[p], this.todaySecond - 3 * 365 * 86400L);
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
					log.uuid(uuid()).timestamp(at).uuid(this.staffIds[staff]).text(this.usernames[staff])
						.uuid(this.unitIds.get(unit)).text(this.unitNames.get(unit)).uuid(this.personIds[p])
						.text(pick(ACTIONS)).end();
					rows++;
				}
			}
		}
		count("access_log", rows);
	}

	private void matters(CopyTarget target, Connection connection) throws SQLException, IOException {
		if (!tableExists(connection, "matter")) {
			log("no table matter: skipped");
			return;
		}
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

		void restore(Connection connection) throws SQLException {
			try (Statement statement = connection.createStatement()) {
				for (String[] key : this.keys) {
					statement.execute("alter table " + key[0] + " add constraint " + key[1] + " " + key[2]);
				}
				for (String index : this.indexes) {
					statement.execute(index);
				}
				for (String[] foreignKey : this.foreignKeys) {
					statement.execute(
							"alter table " + foreignKey[0] + " add constraint " + foreignKey[1] + " " + foreignKey[2]);
				}
			}
		}

	}

	private static boolean tableExists(Connection connection, String table) throws SQLException {
		try (var statement = connection.prepareStatement("select to_regclass(?) is not null")) {
			statement.setString(1, table);
			try (var result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	/**
	 * The benchmark's accounts: case workers of the biggest municipalities' LSS units,
	 * each with a person their unit registered (and so sees).
	 */
	void writeUsers(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		int[] firstPersonOfUnit = new int[this.unitIds.size()];
		java.util.Arrays.fill(firstPersonOfUnit, -1);
		List<List<Integer>> personsOfUnit = new ArrayList<>();
		for (int u = 0; u < this.unitIds.size(); u++) {
			personsOfUnit.add(new ArrayList<>());
		}
		for (int p = 0; p < this.persons; p++) {
			List<Integer> list = personsOfUnit.get(this.personUnit[p]);
			if (list.size() < 50) {
				list.add(p);
			}
		}
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
			out.println("username,staffId,personId,personalIdentityNumber");
			int written = 0;
			for (int m = 0; m < MUNICIPALITIES && written < 1000; m++) {
				int unit = m * 3;
				List<Integer> own = personsOfUnit.get(unit);
				for (int n = 1; n < this.unitStaffCount[unit] && !own.isEmpty() && written < 1000; n++) {
					int staff = this.unitStaffStart[unit] + n;
					int p = own.get(n % own.size());
					out.println(this.usernames[staff] + "," + this.staffIds[staff] + "," + this.personIds[p] + ","
							+ this.personNumbers[p]);
					written++;
				}
			}
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
		long high = (this.random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
		long low = (this.random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
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

	/**
	 * COPY into tables on one connection, which runs one COPY at a time: the first table
	 * opened streams straight in; tables opened while it runs (children, whose foreign
	 * keys need its rows) are spooled to a temporary file and loaded, in the order they
	 * were opened, once it ends.
	 */
	final class CopyTarget {

		private final PGConnection connection;

		private Copy direct;

		private final List<Copy> pending = new ArrayList<>();

		CopyTarget(PGConnection connection) {
			this.connection = connection;
		}

		Copy copy(String table, String columns) throws SQLException, IOException {
			String sql = "copy " + table + " (" + columns + ") from stdin";
			if (this.direct == null) {
				this.direct = new Copy(this, sql, this.connection.getCopyAPI().copyIn(sql), null);
				return this.direct;
			}
			Path spool = Files.createTempFile("samverkan-" + table + "-", ".copy");
			spool.toFile().deleteOnExit();
			return new Copy(this, sql, null, spool);
		}

		void closed(Copy copy) throws SQLException, IOException {
			if (copy == this.direct) {
				this.direct = null;
				for (Copy spooled : this.pending) {
					load(spooled);
				}
				this.pending.clear();
			}
			else if (this.direct != null) {
				this.pending.add(0, copy);
			}
			else {
				load(copy);
			}
		}

		private void load(Copy spooled) throws SQLException, IOException {
			try (var reader = Files.newBufferedReader(spooled.spool, StandardCharsets.UTF_8)) {
				this.connection.getCopyAPI().copyIn(spooled.sql, reader, 1 << 16);
			}
			Files.delete(spooled.spool);
		}

	}

	/**
	 * One COPY in PostgreSQL's text format, buffered; values never hold tabs, newlines or
	 * backslashes.
	 */
	final class Copy implements AutoCloseable {

		private static final int FLUSH_AT = 1 << 20;

		private final CopyTarget target;

		private final String sql;

		private final CopyIn in;

		private final Path spool;

		private final java.io.OutputStream file;

		private final StringBuilder row = new StringBuilder(FLUSH_AT + 4096);

		private boolean first = true;

		Copy(CopyTarget target, String sql, CopyIn in, Path spool) throws IOException {
			this.target = target;
			this.sql = sql;
			this.in = in;
			this.spool = spool;
			this.file = (spool != null) ? new java.io.BufferedOutputStream(Files.newOutputStream(spool), 1 << 16)
					: null;
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
			try {
				byte[] bytes = this.row.toString().getBytes(StandardCharsets.UTF_8);
				if (this.in != null) {
					this.in.writeToCopy(bytes, 0, bytes.length);
				}
				else {
					this.file.write(bytes);
				}
				this.row.setLength(0);
			}
			catch (SQLException ex) {
				throw new IOException(ex);
			}
		}

		@Override
		public void close() throws IOException {
			flush();
			try {
				if (this.in != null) {
					this.in.endCopy();
				}
				else {
					this.file.close();
				}
				this.target.closed(this);
			}
			catch (SQLException ex) {
				throw new IOException(ex);
			}
		}

	}

}
