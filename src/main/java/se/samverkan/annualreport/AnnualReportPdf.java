package se.samverkan.annualreport;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.samverkan.activityplans.ActivityPlanPdf;
import se.samverkan.shared.PdfDocuments;

/** The annual report as PDF, with its charts (R12). */
@Component
public class AnnualReportPdf {

	static final String TEMPLATE = "annualreport/report-pdf";

	private final PdfDocuments documents;

	private final AnnualReports reports;

	private final MessageSource messages;

	AnnualReportPdf(PdfDocuments documents, AnnualReports reports, MessageSource messages) {
		this.documents = documents;
		this.reports = reports;
		this.messages = messages;
	}

	public byte[] render(int year, Locale locale) {
		AnnualReport report = this.reports.report(year);
		return this.documents.render(TEMPLATE, ActivityPlanPdf.STYLE,
				Map.of("report", report, "charts",
						this.reports.charts(report, (key) -> this.messages.getMessage(key, null, key, locale))),
				locale);
	}

}
