package se.samverkan.individuals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.individuals.VisibilityPolicy.Viewer;
import se.samverkan.shared.PageRequest;

/**
 * The persons a unit is involved with and may see, paged in the database: the unit's
 * involvements (the first half of {@link VisibilityPolicy#MAY_SEE_SQL}) in the order of
 * the index {@code person_involvement_unit_since_idx} — newest first, then by id, so that
 * pages are stable — filtered by {@link VisibilityPolicy#SHARED_WITH_VIEWER_SQL}, so that
 * a page reads only about as many rows as it shows.
 */
@Repository
class VisiblePersons {

	private static final String FROM = """
			from person_involvement i
			join person p on p.id = i.person_id
			where i.unit_id = :viewerUnit and
			""" + VisibilityPolicy.SHARED_WITH_VIEWER_SQL;

	private final JdbcClient jdbc;

	VisiblePersons(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The ids of one page, in order. */
	List<UUID> page(Viewer viewer, LocalDate today, PageRequest page) {
		return this.jdbc.sql("select p.id " + FROM + " order by i.since desc, i.person_id limit :limit offset :offset")
			.param("viewerUnit", viewer.unitId())
			.param("viewerPrincipal", viewer.principalId())
			.param("today", today)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(UUID.class)
			.list();
	}

	/**
	 * How many persons the unit sees, counted from the index
	 * {@code person_involvement_unit_shared_idx (unit_id, shared_until)} alone: each
	 * involvement keeps until when the unit's principal shares the person's data
	 * ({@link VisibilityPolicy#sharedUntil}, kept in step in the transaction of every
	 * change of involvements and consents), so the consents are not read at all and a
	 * consent's end or an 18th birthday needs no update.
	 */
	long count(Viewer viewer, LocalDate today) {
		return this.jdbc
			.sql("select count(*) from person_involvement where unit_id = :viewerUnit and shared_until >= :today")
			.param("viewerUnit", viewer.unitId())
			.param("today", today)
			.query(Long.class)
			.single();
	}

	/** Whether the viewer may see that person, decided in SQL. */
	boolean maySee(UUID personId, Viewer viewer, LocalDate today) {
		return this.jdbc.sql("select count(*) from person p where p.id = :person and " + VisibilityPolicy.MAY_SEE_SQL)
			.param("person", personId)
			.param("viewerUnit", viewer.unitId())
			.param("viewerPrincipal", viewer.principalId())
			.param("today", today)
			.query(Long.class)
			.single() > 0;
	}

}
