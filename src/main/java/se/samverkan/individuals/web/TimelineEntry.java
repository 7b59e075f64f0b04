package se.samverkan.individuals.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.support.MessageSourceAccessor;

import se.samverkan.individuals.ConsentView;
import se.samverkan.individuals.ContactView;
import se.samverkan.individuals.InterventionView;
import se.samverkan.individuals.TimelineItem;

/**
 * One event on a person's timeline, in Swedish time and in the reader's language: a
 * contact at its time, an intervention from the day it started, a consent from the day it
 * was given, another module's entry (e.g. a referral) at its time. Its texts are made
 * here, once: a timeline page shows up to 50 entries, and each expression the template
 * evaluates per entry (a property read through Thymeleaf's access checks, a message)
 * costs more than the Java — rendering the entries was a third of the person page.
 *
 * @param datetime the machine-readable time ({@code <time datetime>})
 * @param when the time as shown: with hours and minutes, or the day alone
 * @param kind what kind of entry it is
 * @param link where the whole of it is, if elsewhere (a referral)
 * @param prose free text written by staff, if any
 * @param details lines of detail under the heading
 */
record TimelineEntry(ZonedDateTime at, String datetime, String when, String kind, String heading, String link,
		String prose, List<String> details) {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	static TimelineEntry of(ContactView contact, ZoneId zone, MessageSourceAccessor texts,
			PersonsController.StaffNames staff) {
		ZonedDateTime at = contact.occurredAt().atZone(zone);
		String heading = texts.getMessage("individuals.channel." + contact.channel()) + " – "
				+ texts.getMessage("individuals.purpose." + contact.purpose());
		String participants = texts.getMessage("individuals.timeline.participants",
				new Object[] { staff.all(contact.participantStaffIds()) });
		return new TimelineEntry(at, at.toOffsetDateTime().toString(), MINUTE.format(at),
				texts.getMessage("individuals.timeline.CONTACT"), heading, null, contact.summary(),
				List.of(participants));
	}

	static TimelineEntry of(InterventionView intervention, ZoneId zone, MessageSourceAccessor texts) {
		ZonedDateTime at = intervention.startedOn().atStartOfDay(zone);
		String heading = texts.getMessage("individuals.timeline.intervention",
				new Object[] { intervention.title(), intervention.unitName() });
		return new TimelineEntry(at, at.toLocalDate().toString(), DAY.format(at),
				texts.getMessage("individuals.timeline.INTERVENTION"), heading, null, null, List.of());
	}

	static TimelineEntry of(ConsentView consent, ZoneId zone, MessageSourceAccessor texts) {
		ZonedDateTime at = consent.givenOn().atStartOfDay(zone);
		String heading = texts.getMessage("individuals.timeline.consent") + " – "
				+ texts.getMessage("individuals.consentForm." + consent.form()) + ", "
				+ texts.getMessage("individuals.consentStatus." + consent.status());
		return new TimelineEntry(at, at.toLocalDate().toString(), DAY.format(at),
				texts.getMessage("individuals.timeline.CONSENT"), heading, null, consent.note(), List.of());
	}

	/** An entry of another module (e.g. a referral), at its time. */
	static TimelineEntry of(TimelineItem item, ZoneId zone, MessageSourceAccessor texts) {
		ZonedDateTime at = item.at().atZone(zone);
		List<String> details = item.details().stream().map((detail) -> text(detail, texts)).toList();
		return new TimelineEntry(at, at.toOffsetDateTime().toString(), MINUTE.format(at),
				texts.getMessage(item.kindKey()), text(item.heading(), texts), item.link(), null, details);
	}

	private static String text(TimelineItem.Text text, MessageSourceAccessor texts) {
		return texts.getMessage(text.key(), text.args());
	}

}
