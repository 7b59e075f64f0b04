package se.samverkan.activityplans;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The activity plan, printable: its activities and every party's approval. */
@Component
public class ActivityPlanPdf {

	static final String TEMPLATE = "activityplans/plan-pdf";

	private final PdfRenderer renderer;

	ActivityPlanPdf(PdfRenderer renderer) {
		this.renderer = renderer;
	}

	public byte[] render(ActivityPlanView plan, Locale locale) {
		return this.renderer.render(TEMPLATE, Map.of("plan", plan), locale);
	}

}
