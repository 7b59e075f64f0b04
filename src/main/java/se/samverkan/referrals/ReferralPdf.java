package se.samverkan.referrals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A referral as PDF for the receiver's records: the facts and history fragments of the
 * referral page, in the reader's language, turned into PDF by openhtmltopdf.
 */
@Component
public class ReferralPdf {

	static final String TEMPLATE = "referrals/referral-pdf";

	static final String STYLE = "pdf/referral.css";

	private final ITemplateEngine templates;

	private final Clock clock;

	ReferralPdf(ITemplateEngine templates, Clock clock) {
		this.templates = templates;
		this.clock = clock;
	}

	public byte[] render(ReferralView referral, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("r", referral);
		context.setVariable("zone", this.clock.getZone());
		context.setVariable("printedAt", this.clock.instant());
		context.setVariable("css", style());
		String html = this.templates.process(TEMPLATE, context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String style() {
		try {
			return new ClassPathResource(STYLE).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
