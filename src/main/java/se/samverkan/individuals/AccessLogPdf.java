package se.samverkan.individuals;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.samverkan.shared.PdfDocuments;

/**
 * Renders the access log extract (L3) as a PDF in the reader's language.
 */
@Component
public class AccessLogPdf {

	static final String TEMPLATE = "individuals/access-log-pdf";

	static final String STYLE = "pdf/access-log-extract.css";

	private final PdfDocuments documents;

	AccessLogPdf(PdfDocuments documents) {
		this.documents = documents;
	}

	public byte[] render(AccessLogExtract extract, Locale locale) {
		return this.documents.render(TEMPLATE, STYLE, Map.of("extract", extract), locale);
	}

}
