-- One in-app inbox per user.
create table notification (
    id           uuid                     not null primary key,
    recipient_id uuid                     not null,
    message_key  varchar(200)             not null,
    message_args varchar(1000)            not null default '',
    link         varchar(500),
    created_at   timestamp with time zone not null,
    read_at      timestamp with time zone,
    version      integer                  not null
);
create index notification_inbox_idx on notification (recipient_id, created_at desc);
create index notification_unread_idx on notification (recipient_id, read_at);
