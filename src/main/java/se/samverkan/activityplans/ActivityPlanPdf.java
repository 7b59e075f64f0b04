package se.samverkan.activityplans;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.samverkan.shared.PdfDocuments;

/** The activity plan, printable: its activities and every party's approval. */
@Component
public class ActivityPlanPdf {

	static final String TEMPLATE = "activityplans/plan-pdf";

	/** The style sheet of the yearly cycle's documents. */
	public static final String STYLE = "pdf/yearly.css";

	private final PdfDocuments documents;

	ActivityPlanPdf(PdfDocuments documents) {
		this.documents = documents;
	}

	public byte[] render(ActivityPlanView plan, Locale locale) {
		return this.documents.render(TEMPLATE, STYLE, Map.of("plan", plan), locale);
	}

}
