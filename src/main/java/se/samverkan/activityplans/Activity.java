package se.samverkan.activityplans;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An activity of a year's plan (R12, R17, R22): what is to be done and why, the matters
 * it comes from, the steering-group member responsible, when it is due and what each
 * party contributes.
 */
@Table("activity")
public class Activity {

	@Id
	private final UUID id;

	private final UUID activityPlanId;

	private int position;

	private String title;

	private String goal;

	private UUID responsibleStaffId;

	private LocalDate dueOn;

	@MappedCollection(idColumn = "activity_id")
	private Set<LinkedMatter> matters;

	@MappedCollection(idColumn = "activity_id")
	private Set<Contribution> contributions;

	@Version
	private Integer version;

	@PersistenceCreator
	Activity(UUID id, UUID activityPlanId, int position, String title, String goal, UUID responsibleStaffId,
			LocalDate dueOn, Set<LinkedMatter> matters, Set<Contribution> contributions, Integer version) {
		this.id = id;
		this.activityPlanId = activityPlanId;
		this.position = position;
		this.title = title;
		this.goal = goal;
		this.responsibleStaffId = responsibleStaffId;
		this.dueOn = dueOn;
		this.matters = Set.copyOf(matters);
		this.contributions = Set.copyOf(contributions);
		this.version = version;
	}

	static Activity plan(UUID planId, int position, ActivityContent content) {
		Activity activity = new Activity(UUID.randomUUID(), Objects.requireNonNull(planId), position, null, null, null,
				null, Set.of(), Set.of(), null);
		activity.change(content);
		return activity;
	}

	void change(ActivityContent content) {
		this.title = content.title();
		this.goal = content.goal();
		this.responsibleStaffId = content.responsibleStaffId();
		this.dueOn = content.dueOn();
		this.matters = content.matterIds().stream().map(LinkedMatter::new).collect(Collectors.toSet());
		this.contributions = content.contributions()
			.entrySet()
			.stream()
			.map((entry) -> new Contribution(entry.getKey(), entry.getValue()))
			.collect(Collectors.toSet());
	}

	public UUID id() {
		return this.id;
	}

	public UUID activityPlanId() {
		return this.activityPlanId;
	}

	public int position() {
		return this.position;
	}

	public String title() {
		return this.title;
	}

	public String goal() {
		return this.goal;
	}

	public UUID responsibleStaffId() {
		return this.responsibleStaffId;
	}

	public LocalDate dueOn() {
		return this.dueOn;
	}

	public Set<UUID> matterIds() {
		return this.matters.stream().map(LinkedMatter::matterId).collect(Collectors.toSet());
	}

	/** What each party contributes, by unit. */
	public Map<UUID, String> contributions() {
		Map<UUID, String> result = new LinkedHashMap<>();
		this.contributions.forEach((contribution) -> result.put(contribution.unitId(), contribution.resources()));
		return result;
	}

	public Integer version() {
		return this.version;
	}

	static Set<UUID> ids(Collection<Activity> activities) {
		return activities.stream().map(Activity::id).collect(Collectors.toSet());
	}

	/** A matter the activity comes from. */
	@Table("activity_matter")
	record LinkedMatter(UUID matterId) {
	}

	/** What one party contributes to the activity (R22). */
	@Table("activity_contribution")
	record Contribution(UUID unitId, String resources) {
	}

}
