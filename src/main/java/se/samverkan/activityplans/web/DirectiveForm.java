package se.samverkan.activityplans.web;

import java.util.Map;
import java.util.UUID;

import se.samverkan.activityplans.Directive;

/** A directive as its form edits it (R13). */
record DirectiveForm(UUID activityId, String background, String goal, String assignment, String scope,
		String deliverables, String timeframe, String resources, String reportTo, UUID decisionId,
		String decisionText) {

	static DirectiveForm empty(UUID activityId) {
		return new DirectiveForm(activityId, "", "", "", "", "", "", "", "", null, "");
	}

	Directive.DirectiveContent content() {
		return new Directive.DirectiveContent(this.activityId, this.background, this.goal, this.assignment, this.scope,
				this.deliverables, this.timeframe, this.resources, this.reportTo, this.decisionId, this.decisionText);
	}

	static final Map<String, String> FIELDS = Map.ofEntries(
			Map.entry("error.directive.activity-required", "activityId"),
			Map.entry("error.directive.activity-unknown", "activityId"),
			Map.entry("error.directive.background-required", "background"),
			Map.entry("error.directive.goal-required", "goal"),
			Map.entry("error.directive.assignment-required", "assignment"),
			Map.entry("error.directive.scope-required", "scope"),
			Map.entry("error.directive.deliverables-required", "deliverables"),
			Map.entry("error.directive.timeframe-required", "timeframe"),
			Map.entry("error.directive.resources-required", "resources"),
			Map.entry("error.directive.report-to-required", "reportTo"),
			Map.entry("error.directive.decision-unknown", "decisionId"));

}
