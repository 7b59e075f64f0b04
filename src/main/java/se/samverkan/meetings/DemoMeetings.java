package se.samverkan.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.matters.MatterManagement;
import se.samverkan.meetings.MeetingViews.AgendaItemView;
import se.samverkan.meetings.MeetingViews.MeetingView;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DemoContent;
import se.samverkan.steeringgroup.Nomination;
import se.samverkan.steeringgroup.SteeringGroup;

/**
 * Demo meetings: the MAS/MAR group's meeting that nominated the municipalities'
 * representatives (its minutes still waiting for one approval), a steering-group meeting
 * held earlier this year with approved minutes, decisions and an action, and the next one
 * planned for next month with an agenda and a proposal waiting in the backlog.
 */
@Component
@DemoContent
@Order(40)
class DemoMeetings implements ApplicationRunner {

	private final MeetingManagement management;

	private final SteeringGroup steeringGroup;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final MatterManagement matters;

	private final Clock clock;

	DemoMeetings(MeetingManagement management, SteeringGroup steeringGroup, Directory directory, JdbcClient jdbc,
			MatterManagement matters, Clock clock) {
		this.management = management;
		this.steeringGroup = steeringGroup;
		this.directory = directory;
		this.jdbc = jdbc;
		this.matters = matters;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from meeting").query(Long.class).single() > 0
				|| this.directory.account("buh.samordnare").isEmpty()) {
			return;
		}
		SignedInStaff convener = account("buh.samordnare");
		LocalDate today = LocalDate.now(this.clock);
		masMarMeeting(convener, today);
		MeetingView planned = plannedMeeting(convener, today);
		heldMeeting(convener, today);
		this.management.propose(account("mar.arvika"), MeetingGroups.STEERING_GROUP,
				"Samordning av hjälpmedel i daglig verksamhet", null);
		this.management.addAgendaItem(account("mar.karlstad"), planned.id(),
				"Synpunkter från FUB Värmland om korttidsvistelse", null);
	}

	private void masMarMeeting(SignedInStaff convener, LocalDate today) {
		LocalDate day = today.minusMonths(3).withDayOfMonth(12);
		MeetingView meeting = this.management.plan(convener, MeetingGroups.MAS_MAR_GROUP,
				schedule("MAS/MAR-gruppen: nominering till styrgruppen", day, 13, 15, "Digitalt möte"));
		AgendaItemView nomination = this.management.addAgendaItem(convener, meeting.id(),
				"Nominering av kommunernas företrädare i styrgruppen", null);
		Set<UUID> attendees = ids("buh.samordnare", "mar.karlstad", "mar.arvika", "mar.kil");
		this.management.writeMinutes(convener, meeting.id(), null, attendees, List.of(new ItemMinutes(nomination.id(),
				"MAS/MAR-gruppen diskuterade hur kommunerna bäst företräds i styrgruppen.", Outcome.DECISION,
				List.of(new DecisionText(
						"MAR i Karlstad och MAR i Arvika nomineras att företräda kommunerna i styrgruppen.", null)),
				false)));
		this.management.submitMinutes(convener, meeting.id(), null);
		for (String username : List.of("buh.samordnare", "mar.karlstad", "mar.arvika")) {
			this.management.approveMinutes(account(username), meeting.id());
		}
		for (String username : List.of("mar.karlstad", "mar.arvika")) {
			UUID staffId = account(username).staffId();
			if (this.steeringGroup.isMember(staffId)) {
				this.steeringGroup.recordNomination(convener, staffId, new Nomination(day, meeting.id()));
			}
		}
	}

	private MeetingView plannedMeeting(SignedInStaff convener, LocalDate today) {
		LocalDate day = today.plusMonths(1).withDayOfMonth(15);
		MeetingView meeting = this.management.plan(convener, MeetingGroups.STEERING_GROUP,
				schedule("Styrgruppens möte", day, 9, 12, "Landstingshuset, Karlstad, sal Klarälven"));
		this.management.addAgendaItem(convener, meeting.id(), "Rutin vid övergång från BUH till VH", null);
		this.matters.prioritised()
			.stream()
			.findFirst()
			.ifPresent((matter) -> this.management.addAgendaItem(convener, meeting.id(), matter.title(), matter.id()));
		return meeting;
	}

	private void heldMeeting(SignedInStaff convener, LocalDate today) {
		LocalDate day = today.minusMonths(2);
		if (day.getYear() != today.getYear()) {
			day = today.minusDays(1);
		}
		MeetingView meeting = this.management.plan(convener, MeetingGroups.STEERING_GROUP,
				schedule("Styrgruppens möte", day, 9, 12, "Vuxenhabiliteringen, Karlstad"));
		AgendaItemView greyZone = this.management.addAgendaItem(convener, meeting.id(),
				"Gråzoner mellan BUH och LSS vid korttidsvistelse", null);
		AgendaItemView referrals = this.management.addAgendaItem(convener, meeting.id(), "Uppföljning av remissrutinen",
				null);
		AgendaItemView plan = this.management.addAgendaItem(convener, meeting.id(), "Årets aktivitetsplan", null);
		UUID standing = meeting.agenda().get(0).id();
		Set<UUID> attendees = ids("buh.samordnare", "vh.samordnare", "mar.karlstad", "chef.buh", "chef.vh");
		this.management.writeMinutes(convener, meeting.id(), null, attendees, List.of(
				new ItemMinutes(standing,
						"BUH berättade om den nya rutinen för remisser. VH informerade om föräldrautbildningen.",
						Outcome.INFORMATION, List.of(), false),
				new ItemMinutes(greyZone.id(),
						"Oklart vem som ansvarar för träningsprogram under korttidsvistelse. Gruppen enades om en gemensam rutin.",
						Outcome.DECISION,
						List.of(new DecisionText(
								"BUH ansvarar för träningsprogrammet; LSS-verksamheten genomför det under vistelsen.",
								day.plusMonths(6))),
						false),
				new ItemMinutes(referrals.id(), "Remisserna bekräftas i tid men återkopplingen behöver bli tydligare.",
						Outcome.ACTION, List.of(), false),
				new ItemMinutes(plan.id(), "Utkastet diskuterades; fortsätter vid nästa möte.", Outcome.INFORMATION,
						List.of(), true)));
		this.management.addAction(convener, meeting.id(), "Ta fram mall för återkoppling på remisser",
				account("chef.buh").staffId(), today.plusMonths(1), referrals.id());
		this.management.submitMinutes(convener, meeting.id(), null);
		for (UUID staffId : attendees) {
			this.management.approveMinutes(account(staffId), meeting.id());
		}
	}

	private MeetingSchedule schedule(String title, LocalDate day, int fromHour, int toHour, String location) {
		ZoneId zone = this.clock.getZone();
		return new MeetingSchedule(title, day.atTime(LocalTime.of(fromHour, 0)).atZone(zone).toInstant(),
				day.atTime(LocalTime.of(toHour, 0)).atZone(zone).toInstant(), location, null);
	}

	private Set<UUID> ids(String... usernames) {
		Set<UUID> ids = new LinkedHashSet<>();
		for (String username : usernames) {
			ids.add(account(username).staffId());
		}
		return ids;
	}

	private SignedInStaff account(String username) {
		return this.directory.account(username).orElseThrow();
	}

	private SignedInStaff account(UUID staffId) {
		return account(this.directory.staffMember(staffId).orElseThrow().username());
	}

}
