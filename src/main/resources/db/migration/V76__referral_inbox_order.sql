-- A unit's inbox, newest sent first: a page reads its rows in index order and stops,
-- instead of sorting every referral the unit ever received.
create index referral_inbox_idx on referral (to_unit_id, sent_at desc, id);
