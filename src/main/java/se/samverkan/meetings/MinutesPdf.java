package se.samverkan.meetings;

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

import se.samverkan.meetings.MeetingViews.MeetingView;

/**
 * The minutes as one PDF: agenda with notes and outcomes, attendance, decisions and
 * actions, and whether they are approved.
 */
@Component
public class MinutesPdf {

	static final String TEMPLATE = "meetings/minutes-pdf";

	static final String STYLE = "pdf/minutes.css";

	private final ITemplateEngine templates;

	private final Clock clock;

	MinutesPdf(ITemplateEngine templates, Clock clock) {
		this.templates = templates;
		this.clock = clock;
	}

	public byte[] render(MeetingView meeting, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("m", meeting);
		context.setVariable("zone", this.clock.getZone());
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
