-- Sign-in fit for production (L9): sessions shared by every instance (Spring Session JDBC),
-- the HSA-id that matches an OIDC sign-in to an account, the second factor of local accounts
-- and the throttling of failed sign-ins. Runs on H2 (PostgreSQL mode) and PostgreSQL.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

alter table staff add column hsa_id varchar(64);
create unique index staff_hsa_id_uk on staff (hsa_id);

-- The TOTP secret (RFC 6238) of a local account and the last time step used, so that a
-- code is accepted once only.
create table signin_second_factor (
    staff_id       uuid                     not null primary key references staff (id),
    secret         varchar(64)              not null,
    enrolled_at    timestamp with time zone not null,
    last_used_step bigint                   not null default 0
);

-- Recovery codes, stored as SHA-256 of the code; each is used once.
create table signin_recovery_code (
    staff_id  uuid                     not null references staff (id),
    code_hash varchar(64)              not null,
    used_at   timestamp with time zone,
    primary key (staff_id, code_hash)
);

-- Failed sign-ins per account name (known or not) and per client address.
create table signin_throttle (
    id              uuid                     not null primary key,
    throttle_key    varchar(300)             not null,
    failures        integer                  not null,
    last_failure_at timestamp with time zone not null,
    blocked_until   timestamp with time zone,
    locked          boolean                  not null default false,
    constraint signin_throttle_key_uk unique (throttle_key)
);
create index signin_throttle_locked_idx on signin_throttle (locked, blocked_until);
