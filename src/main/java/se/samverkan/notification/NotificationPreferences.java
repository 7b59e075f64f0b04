package se.samverkan.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user chooses, per kind of notice, e-mail at once or a daily digest, so that nobody
 * is flooded; a default applies to every kind without a choice of its own (and is
 * {@link Delivery#IMMEDIATE} until changed). The kind of a notice is the second part of
 * its message key: {@code notice.matter.changed} is of kind {@code matter}.
 */
@Service
@Transactional(readOnly = true)
public class NotificationPreferences {

	/** The stored kind of the user's default. */
	static final String DEFAULT = "*";

	/**
	 * Kinds offered even before a user has received one; others appear once notices of
	 * them exist.
	 */
	static final List<String> KNOWN_KINDS = List.of("matter", "observation", "role-clarification", "referral",
			"meeting", "steering-group", "activity-plan", "working-group", "account");

	/** Staff ids a statement when reading many users' choices. */
	private static final int IDS_PER_READ = 1000;

	private final JdbcClient jdbc;

	NotificationPreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The kind of a notice with this message key. */
	public static String kindOf(String messageKey) {
		if (messageKey == null) {
			return "";
		}
		String[] parts = messageKey.split("\\.");
		if (parts.length >= 3 && parts[0].equals("notice")) {
			return parts[1];
		}
		if (parts.length == 2 && parts[0].equals("notice")) {
			int dash = parts[1].indexOf('-');
			return (dash > 0) ? parts[1].substring(0, dash) : parts[1];
		}
		return messageKey;
	}

	/** How the user gets e-mail about a notice with this message key. */
	public Delivery deliveryFor(UUID staffId, String messageKey) {
		return deliveriesFor(List.of(staffId), messageKey).get(staffId);
	}

	/**
	 * How each of the users gets e-mail about a notice with this message key: their
	 * choice for its kind, else their default, else {@link Delivery#IMMEDIATE}. A
	 * notice's recipients are read together (a statement for every thousand), where each
	 * of a unit's hundreds of staff took a statement of their own (issue 7).
	 */
	public Map<UUID, Delivery> deliveriesFor(Collection<UUID> staffIds, String messageKey) {
		List<UUID> staff = List.copyOf(new LinkedHashSet<>(staffIds));
		Map<UUID, Delivery> forKind = new HashMap<>();
		Map<UUID, Delivery> defaults = new HashMap<>();
		for (int from = 0; from < staff.size(); from += IDS_PER_READ) {
			this.jdbc.sql("""
					select staff_id, kind, delivery from notification_preference
					where staff_id in (:staff) and kind in (:kinds)
					""")
				.param("staff", staff.subList(from, Math.min(from + IDS_PER_READ, staff.size())))
				.param("kinds", List.of(DEFAULT, kindOf(messageKey)))
				.query((rs) -> {
					Map<UUID, Delivery> chosen = rs.getString("kind").equals(DEFAULT) ? defaults : forKind;
					chosen.put(rs.getObject("staff_id", UUID.class), Delivery.valueOf(rs.getString("delivery")));
				});
		}
		Map<UUID, Delivery> deliveries = new LinkedHashMap<>();
		for (UUID staffId : staff) {
			deliveries.put(staffId, forKind.getOrDefault(staffId, defaults.getOrDefault(staffId, Delivery.IMMEDIATE)));
		}
		return deliveries;
	}

	/** The user's settings: the default and a choice (or none) for every kind. */
	public Settings settings(UUID staffId) {
		Map<String, Delivery> stored = new LinkedHashMap<>();
		this.jdbc.sql("select kind, delivery from notification_preference where staff_id = :staff")
			.param("staff", staffId)
			.query((rs) -> {
				stored.put(rs.getString("kind"), Delivery.valueOf(rs.getString("delivery")));
			});
		TreeSet<String> kinds = new TreeSet<>(KNOWN_KINDS);
		this.jdbc.sql("select distinct message_key from notification where recipient_id = :staff")
			.param("staff", staffId)
			.query(String.class)
			.list()
			.forEach((key) -> kinds.add(kindOf(key)));
		stored.keySet().stream().filter((kind) -> !kind.equals(DEFAULT)).forEach(kinds::add);
		List<Settings.Choice> choices = new ArrayList<>();
		for (String kind : kinds) {
			choices.add(new Settings.Choice(kind, stored.get(kind)));
		}
		return new Settings(stored.getOrDefault(DEFAULT, Delivery.IMMEDIATE), choices);
	}

	/**
	 * Saves the user's default and their choice per kind ({@code null} = as the default).
	 */
	@Transactional
	public void save(UUID staffId, Delivery defaultDelivery, Map<String, Delivery> perKind) {
		this.jdbc.sql("delete from notification_preference where staff_id = :staff").param("staff", staffId).update();
		insert(staffId, DEFAULT, (defaultDelivery != null) ? defaultDelivery : Delivery.IMMEDIATE);
		perKind.forEach((kind, delivery) -> {
			if (delivery != null && kind != null && !kind.isBlank() && !kind.equals(DEFAULT) && kind.length() <= 60) {
				insert(staffId, kind, delivery);
			}
		});
	}

	private void insert(UUID staffId, String kind, Delivery delivery) {
		this.jdbc
			.sql("insert into notification_preference (staff_id, kind, delivery) values (:staff, :kind, :delivery)")
			.param("staff", staffId)
			.param("kind", kind)
			.param("delivery", delivery.name())
			.update();
	}

	/** A user's settings. */
	public record Settings(Delivery defaultDelivery, List<Choice> choices) {

		/** The choice for one kind; {@code null} follows the default. */
		public record Choice(String kind, Delivery delivery) {
		}

	}

}
