package se.samverkan.individuals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

import se.samverkan.individuals.VisibilityPolicy.Viewer;
import se.samverkan.organisation.UnitKind;
import se.samverkan.shared.PageRequest;

/**
 * The transition list (L2) paged in the database: the persons the viewer's unit is
 * involved with and may see ({@link VisibilityPolicy#SHARED_WITH_VIEWER_SQL}, as
 * {@link VisiblePersons}), born in the {@link Window} and with an ongoing intervention at
 * a BUH unit, the soonest adult first (then by id, so that pages are stable) — so that a
 * page reads, and the access log records (L3), only the persons it shows.
 */
@Repository
class Transitions {

	private static final String FROM = """
			from person_involvement i
			join person p on p.id = i.person_id
			where i.unit_id = :viewerUnit
			  and p.birth_date between :bornFrom and :bornTo
			  and exists (select 1 from intervention x join unit xu on xu.id = x.unit_id
			              where x.person_id = p.id and xu.kind = :buh
			                and (x.ended_on is null or x.ended_on > :today))
			  and
			""" + VisibilityPolicy.SHARED_WITH_VIEWER_SQL;

	private final JdbcClient jdbc;

	Transitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The ids of one page, in order. */
	List<UUID> page(Viewer viewer, Window window, LocalDate today, PageRequest page) {
		return params(this.jdbc.sql("select p.id " + FROM + " order by p.birth_date, p.id limit :limit offset :offset"),
				viewer, window, today)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(UUID.class)
			.list();
	}

	/** How many persons the whole list holds. */
	long count(Viewer viewer, Window window, LocalDate today) {
		return params(this.jdbc.sql("select count(*) " + FROM), viewer, window, today).query(Long.class).single();
	}

	private static StatementSpec params(StatementSpec statement, Viewer viewer, Window window, LocalDate today) {
		return statement.param("viewerUnit", viewer.unitId())
			.param("viewerPrincipal", viewer.principalId())
			.param("today", today)
			.param("bornFrom", window.bornFrom())
			.param("bornTo", window.bornTo())
			.param("buh", UnitKind.BUH.name());
	}

	/**
	 * The birth dates, inclusive, of those who turn adult ({@link Person#turnsOn}) after
	 * today and no later than the window's end: exactly, so that the database pages what
	 * {@link Person#turnsOn} decides — someone born on 29 February turns adult on 28
	 * February in a common year.
	 */
	record Window(LocalDate bornFrom, LocalDate bornTo) {

		static Window turningAdult(LocalDate today, int adultAge, int withinMonths) {
			LocalDate end = today.plusMonths(withinMonths);
			// turnsOn never decreases with the birth date: step from a birth date that is
			// surely outside (first) or inside (last) to the bound
			LocalDate first = today.minusYears(adultAge);
			while (!first.plusYears(adultAge).isAfter(today)) {
				first = first.plusDays(1);
			}
			LocalDate last = end.minusYears(adultAge);
			while (!last.plusDays(1).plusYears(adultAge).isAfter(end)) {
				last = last.plusDays(1);
			}
			return new Window(first, last);
		}

	}

}
