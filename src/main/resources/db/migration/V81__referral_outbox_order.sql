-- A unit's outbox, newest first by when each referral was sent, or written while unsent
-- (coalesce(sent_at, created_at)): no index serves that expression on both H2 and PostgreSQL,
-- so each page sorted the unit's whole outbox (issue 7: the largest outbox of the national
-- dataset, 9 032 referrals, 127-204 ms and 5 666 buffers a page; read in index order 0.1 ms
-- and 23 buffers). The time is now a column that the application sets when it writes and
-- when it sends a referral, and a page reads the unit's index in order and stops.
alter table referral add column outbox_at timestamp with time zone;
update referral set outbox_at = coalesce(sent_at, created_at);
alter table referral alter column outbox_at set not null;
create index referral_outbox_idx on referral (from_unit_id, outbox_at desc, id);
