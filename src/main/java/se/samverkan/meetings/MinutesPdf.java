package se.samverkan.meetings;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.samverkan.meetings.MeetingViews.MeetingView;
import se.samverkan.shared.PdfDocuments;

/**
 * The minutes as one PDF: agenda with notes and outcomes, attendance, decisions and
 * actions, and whether they are approved.
 */
@Component
public class MinutesPdf {

	static final String TEMPLATE = "meetings/minutes-pdf";

	static final String STYLE = "pdf/minutes.css";

	private final PdfDocuments documents;

	MinutesPdf(PdfDocuments documents) {
		this.documents = documents;
	}

	public byte[] render(MeetingView meeting, Locale locale) {
		return this.documents.render(TEMPLATE, STYLE, Map.of("m", meeting), locale);
	}

}
