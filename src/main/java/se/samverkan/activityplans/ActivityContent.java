package se.samverkan.activityplans;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * What an activity says: validated here, so that the API and the form refuse the same
 * things.
 *
 * @param title what is to be done
 * @param goal what it is to achieve
 * @param matterIds the prioritised matters it comes from
 * @param responsibleStaffId the steering-group member responsible
 * @param dueOn when it is due
 * @param contributions what each party contributes (R22), by unit
 */
public record ActivityContent(String title, String goal, Set<UUID> matterIds, UUID responsibleStaffId, LocalDate dueOn,
		Map<UUID, String> contributions) {

	public static final int TITLE_MAX = 200;

	public static final int TEXT_MAX = 4000;

	public static final int RESOURCES_MAX = 2000;

	public ActivityContent {
		title = required(title, "title", TITLE_MAX);
		goal = required(goal, "goal", TEXT_MAX);
		if (responsibleStaffId == null) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.activity.responsible-required");
		}
		if (dueOn == null) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.activity.due-on-required");
		}
		if (matterIds != null && matterIds.stream().anyMatch(java.util.Objects::isNull)) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.activity.matter-invalid");
		}
		matterIds = (matterIds != null) ? Set.copyOf(new LinkedHashSet<>(matterIds)) : Set.of();
		Map<UUID, String> given = new LinkedHashMap<>();
		if (contributions != null) {
			contributions.forEach((unit, resources) -> {
				if (unit != null && resources != null && !resources.isBlank()) {
					given.put(unit, required(resources, "resources", RESOURCES_MAX));
				}
			});
		}
		contributions = Map.copyOf(given);
	}

	/** The texts, for the check that no personal identity number is in them (L5). */
	List<String> texts() {
		List<String> texts = new java.util.ArrayList<>(List.of(this.title, this.goal));
		texts.addAll(this.contributions.values());
		return texts;
	}

	private static String required(String text, String field, int max) {
		if (text == null || text.isBlank()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.activity." + field + "-required");
		}
		if (text.strip().length() > max) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.too-long", max);
		}
		return text.strip();
	}

}
