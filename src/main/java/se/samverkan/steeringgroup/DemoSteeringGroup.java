package se.samverkan.steeringgroup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DemoContent;

/**
 * The demo steering group: the MAR of Karlstad and Arvika for their municipalities, the
 * heads of BUH and VH for theirs, alongside the two conveners. Loaded once.
 */
@Component
@DemoContent
@Order(30)
class DemoSteeringGroup implements ApplicationRunner {

	static final List<String> MEMBERS = List.of("mar.karlstad", "mar.arvika", "chef.buh", "chef.vh");

	private final SteeringGroup steeringGroup;

	private final SteeringGroupMembers members;

	private final Directory directory;

	private final Clock clock;

	DemoSteeringGroup(SteeringGroup steeringGroup, SteeringGroupMembers members, Directory directory, Clock clock) {
		this.steeringGroup = steeringGroup;
		this.members = members;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.members.count() > 0) {
			return;
		}
		LocalDate nominated = LocalDate.now(this.clock).minusMonths(3).withDayOfMonth(12);
		for (String username : MEMBERS) {
			SignedInStaff account = this.directory.account(username).orElse(null);
			if (account == null) {
				continue;
			}
			StaffView staff = this.directory.staffMember(account.staffId()).orElseThrow();
			Nomination nomination = username.startsWith("mar.") ? new Nomination(nominated, null) : Nomination.NONE;
			this.steeringGroup.appoint(new SteeringGroup.AddMember(staff.id(), staff.unitId(), nomination), null);
		}
	}

}
