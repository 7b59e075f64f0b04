-- Notification preferences: per user and kind of notice, e-mail at once or in a daily digest
-- (kind '*' is the user's default). The in-app inbox always gets every notice.
create table notification_preference (
    staff_id uuid        not null,
    kind     varchar(60) not null,
    delivery varchar(20) not null,
    primary key (staff_id, kind)
);
-- Notifications waiting for the recipient's daily digest e-mail.
alter table notification add column digest_pending boolean not null default false;
create index notification_digest_idx on notification (digest_pending, recipient_id);
