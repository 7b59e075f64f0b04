package se.samverkan.activityplans.web;

import java.util.Map;
import java.util.UUID;

import se.samverkan.activityplans.Directive;

/** A directive as its form edits it (R13). */
record DirectiveForm(UUID activityId, String background, String goal, String assignment, String scope,
		String deliverables, String timeframe, String resources, String reportTo, String decisionText) {

	static DirectiveForm empty(UUID activityId) {
		return new DirectiveForm(activityId, "", "", "", "", "", "", "", "", "");
	}

	Directive.DirectiveContent content() {
		return new Directive.DirectiveContent(this.activityId, this.background, this.goal, this.assignment, this.scope,
				this.deliverables, this.timeframe, this.resources, this.reportTo, null, this.decisionText);
	}

	static final Map<String, String> FIELDS = Map.of("error.directive.activity-required", "activityId",
			"error.directive.activity-unknown", "activityId", "error.directive.background-required", "background",
			"error.directive.goal-required", "goal", "error.directive.assignment-required", "assignment",
			"error.directive.scope-required", "scope", "error.directive.deliverables-required", "deliverables",
			"error.directive.timeframe-required", "timeframe", "error.directive.resources-required", "resources",
			"error.directive.report-to-required", "reportTo");

}
