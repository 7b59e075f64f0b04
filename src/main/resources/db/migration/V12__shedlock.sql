-- ShedLock: a scheduled job (e.g. the retention of individual records, L7) runs on one
-- instance at a time.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
