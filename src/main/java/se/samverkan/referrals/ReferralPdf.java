package se.samverkan.referrals;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.samverkan.shared.PdfDocuments;

/**
 * A referral as PDF for the receiver's records: the facts and history fragments of the
 * referral page, in the reader's language.
 */
@Component
public class ReferralPdf {

	static final String TEMPLATE = "referrals/referral-pdf";

	static final String STYLE = "pdf/referral.css";

	private final PdfDocuments documents;

	private final Clock clock;

	ReferralPdf(PdfDocuments documents, Clock clock) {
		this.documents = documents;
		this.clock = clock;
	}

	public byte[] render(ReferralView referral, Locale locale) {
		return this.documents.render(TEMPLATE, STYLE, Map.of("r", referral, "printedAt", this.clock.instant()), locale);
	}

}
