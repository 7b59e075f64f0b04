package se.samverkan.referrals;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.samverkan.individuals.PersonView;
import se.samverkan.individuals.TimelineContributor;
import se.samverkan.individuals.TimelineItem;
import se.samverkan.individuals.TimelineItem.Text;
import se.samverkan.organisation.SignedInStaff;

/**
 * The referrals about a person on the person's timeline, whole: what was asked and every
 * step, for the units on either side of them.
 */
@Component
class ReferralTimeline implements TimelineContributor {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ReferralManagement referrals;

	private final Clock clock;

	ReferralTimeline(ReferralManagement referrals, Clock clock) {
		this.referrals = referrals;
		this.clock = clock;
	}

	@Override
	public List<Instant> timesOf(SignedInStaff me, PersonView person, int limit) {
		return this.referrals.timesOnTimeline(me, person, limit);
	}

	@Override
	public List<TimelineItem> timelineOf(SignedInStaff me, PersonView person, long offset, int limit) {
		List<TimelineItem> items = new ArrayList<>();
		for (ReferralView referral : this.referrals.ofPerson(me, person, offset, limit)) {
			List<Text> details = new ArrayList<>();
			details.add(Text.of("referral.timeline.reason", referral.reason()));
			details.add(Text.of("referral.timeline.question", referral.question()));
			for (ReferralView.Step step : referral.history()) {
				details.add(Text.of("referral.timeline.step." + step.status().name(),
						AT.format(step.at().atZone(this.clock.getZone())), nonNull(step.staffName()),
						nonNull(step.unitName())));
				if (step.comment() != null) {
					details.add(Text.of("referral.timeline.comment", step.comment()));
				}
			}
			items.add(new TimelineItem(referral.timelineAt(), "referral.timeline.kind",
					Text.of("referral.timeline.heading." + referral.status().name(), nonNull(referral.toUnitName())),
					details, "/referrals/" + referral.id()));
		}
		return items;
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
