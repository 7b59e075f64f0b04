package se.samverkan.activityplans;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * A simple directive for a prioritised activity (R13): background, goal, assignment,
 * scope, deliverables, timeframe, resources and to whom the work reports, issued by a
 * decision of the steering group.
 */
@Table("directive")
public class Directive {

	static final int TEXT_MAX = 4000;

	static final int SHORT_MAX = 1000;

	@Id
	private final UUID id;

	private final UUID activityId;

	private final String background;

	private final String goal;

	private final String assignment;

	private final String scope;

	private final String deliverables;

	private final String timeframe;

	private final String resources;

	private final String reportTo;

	private final UUID decisionId;

	private final String decisionText;

	private final UUID issuedBy;

	private final Instant issuedAt;

	@Version
	private Integer version;

	@PersistenceCreator
	Directive(UUID id, UUID activityId, String background, String goal, String assignment, String scope,
			String deliverables, String timeframe, String resources, String reportTo, UUID decisionId,
			String decisionText, UUID issuedBy, Instant issuedAt, Integer version) {
		this.id = id;
		this.activityId = activityId;
		this.background = background;
		this.goal = goal;
		this.assignment = assignment;
		this.scope = scope;
		this.deliverables = deliverables;
		this.timeframe = timeframe;
		this.resources = resources;
		this.reportTo = reportTo;
		this.decisionId = decisionId;
		this.decisionText = decisionText;
		this.issuedBy = issuedBy;
		this.issuedAt = issuedAt;
		this.version = version;
	}

	static Directive issue(DirectiveContent content, UUID issuedBy, Instant at) {
		return new Directive(UUID.randomUUID(), Objects.requireNonNull(content.activityId()), content.background(),
				content.goal(), content.assignment(), content.scope(), content.deliverables(), content.timeframe(),
				content.resources(), content.reportTo(), content.decisionId(), content.decisionText(),
				Objects.requireNonNull(issuedBy), Objects.requireNonNull(at), null);
	}

	public UUID id() {
		return this.id;
	}

	public UUID activityId() {
		return this.activityId;
	}

	public String background() {
		return this.background;
	}

	public String goal() {
		return this.goal;
	}

	public String assignment() {
		return this.assignment;
	}

	public String scope() {
		return this.scope;
	}

	public String deliverables() {
		return this.deliverables;
	}

	public String timeframe() {
		return this.timeframe;
	}

	public String resources() {
		return this.resources;
	}

	public String reportTo() {
		return this.reportTo;
	}

	public UUID decisionId() {
		return this.decisionId;
	}

	public String decisionText() {
		return this.decisionText;
	}

	public UUID issuedBy() {
		return this.issuedBy;
	}

	public Instant issuedAt() {
		return this.issuedAt;
	}

	public Integer version() {
		return this.version;
	}

	/**
	 * What a directive says, validated: every part is required except the decision, which
	 * is a reference to the meeting decision that issued it.
	 */
	public record DirectiveContent(UUID activityId, String background, String goal, String assignment, String scope,
			String deliverables, String timeframe, String resources, String reportTo, UUID decisionId,
			String decisionText) {

		public DirectiveContent {
			if (activityId == null) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.directive.activity-required");
			}
			background = required(background, "background", TEXT_MAX);
			goal = required(goal, "goal", TEXT_MAX);
			assignment = required(assignment, "assignment", TEXT_MAX);
			scope = required(scope, "scope", TEXT_MAX);
			deliverables = required(deliverables, "deliverables", TEXT_MAX);
			timeframe = required(timeframe, "timeframe", SHORT_MAX);
			resources = required(resources, "resources", TEXT_MAX);
			reportTo = required(reportTo, "report-to", SHORT_MAX);
			decisionText = (decisionText == null || decisionText.isBlank()) ? null : decisionText.strip();
			if (decisionText != null && decisionText.length() > 2000) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.too-long", 2000);
			}
		}

		List<String> texts() {
			return java.util.stream.Stream
				.of(this.background, this.goal, this.assignment, this.scope, this.deliverables, this.timeframe,
						this.resources, this.reportTo, this.decisionText)
				.filter(Objects::nonNull)
				.toList();
		}

		private static String required(String text, String field, int max) {
			if (text == null || text.isBlank()) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.directive." + field + "-required");
			}
			if (text.strip().length() > max) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.too-long", max);
			}
			return text.strip();
		}

	}

}
