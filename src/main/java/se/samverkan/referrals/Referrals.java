package se.samverkan.referrals;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All referrals. */
interface Referrals extends ListCrudRepository<Referral, UUID> {

}
