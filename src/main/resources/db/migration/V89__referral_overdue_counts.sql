-- A unit's overdue referrals (OverduePolicy.SQL), counted for the start page and the boxes on
-- every visit (ReferralManagement.counts), test each waiting referral's urgency, which the
-- unit's indexes lacked: on the 100 % dataset the biggest habilitation unit's overdue count
-- read 775 heap pages for its 1 243 waiting referrals, 12-17 ms (issue 7). With the urgency in
-- the index, and the policy's condition saying which statuses and sent_at range it can hold,
-- it reads 744 index entries and 13 buffers, 0.4 ms. The new indexes lead as the old ones
-- did, so every other use of them stays; nothing used the outbox index's created_at.
drop index referral_to_unit_idx;
create index referral_to_unit_idx on referral (to_unit_id, status, sent_at, urgency);
drop index referral_from_unit_idx;
create index referral_from_unit_idx on referral (from_unit_id, status, sent_at, urgency);
