-- The notifications waiting for their recipient's daily digest e-mail, in a table of their own
-- (Inbox.markForDigest, digestRecipients, digestOf, digested). They were a flag on every
-- notification (V42) and an index on (digest_pending, recipient_id) that held every
-- notification, though only the few waiting ones are ever looked up by it. A referral notifies
-- each of the receiving unit's staff, 268 in the national dataset's habilitation unit (issue 7),
-- and that index was nearly a third of each such insert: 268 rows 40 ms and 3 590 buffers with
-- it, 28 ms and 2 710 without (medians of ten, samverkan_perf_100). A notification leaves the
-- queue when it has gone out in a digest, or with the notification if that is ever deleted.
create table notification_digest (
    notification_id uuid not null primary key references notification (id) on delete cascade,
    recipient_id    uuid not null
);
create index notification_digest_recipient_idx on notification_digest (recipient_id);
insert into notification_digest (notification_id, recipient_id)
select id, recipient_id from notification where digest_pending;
drop index notification_digest_idx;
alter table notification drop column digest_pending;
