package se.samverkan.referrals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.samverkan.individuals.PersonRecordRemoved;

/**
 * When a closed individual record is removed after its retention period (L7), the
 * referrals about that person go with it.
 */
@Component
class ReferralRecordRemoval {

	private final JdbcClient jdbc;

	ReferralRecordRemoval(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(PersonRecordRemoved removed) {
		this.jdbc
			.sql("delete from referral_step where referral_id in (select id from referral where person_id = :person)")
			.param("person", removed.aggregateId())
			.update();
		this.jdbc.sql("delete from referral where person_id = :person").param("person", removed.aggregateId()).update();
	}

}
