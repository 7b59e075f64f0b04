-- The audit trail: one row for every write, recorded from application events.
create table audit_entry (
    id             uuid                     not null primary key,
    occurred_at    timestamp with time zone not null,
    actor          varchar(100)             not null,
    action         varchar(100)             not null,
    aggregate_type varchar(100)             not null,
    aggregate_id   uuid                     not null,
    version_before integer,
    version_after  integer,
    summary        varchar(500)             not null default ''
);
create index audit_entry_occurred_idx on audit_entry (occurred_at desc, id);
create index audit_entry_aggregate_idx on audit_entry (aggregate_id, occurred_at desc);
