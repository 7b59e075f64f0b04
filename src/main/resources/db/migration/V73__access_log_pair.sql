-- The access log summed per (person, reading unit), kept in the transaction of every
-- access-log insert and pruned with it (L3, L7), so the log review (loggkontroll) tests
-- the basis once per pair and a month of review reads an index range, not every read.
-- registered_by_unit_id is the unit whose review lists the pair: the person's registering
-- unit, or null when that unit is the reader itself (its own reads are never reviewed,
-- so they stay out of the review index).
create table access_log_pair (
    person_id             uuid                     not null,
    unit_id               uuid                     not null,
    registered_by_unit_id uuid,
    unit_name             varchar(200)             not null,
    first_at              timestamp with time zone not null,
    last_at               timestamp with time zone not null,
    read_count            bigint                   not null,
    last_action           varchar(40)              not null,
    last_username         varchar(100)             not null,
    primary key (person_id, unit_id)
);
create index access_log_pair_review_idx on access_log_pair (registered_by_unit_id, last_at desc, person_id, unit_id);

insert into access_log_pair (person_id, unit_id, registered_by_unit_id, unit_name, first_at, last_at, read_count,
                             last_action, last_username)
select l.person_id, l.unit_id, case when p.registered_by_unit_id <> l.unit_id then p.registered_by_unit_id end,
       l.unit_name, l.first_at, l.at, l.read_count, l.action, l.username
from (select a.person_id, a.unit_id, a.unit_name, a.at, a.action, a.username,
             min(a.at) over (partition by a.person_id, a.unit_id) as first_at,
             count(*) over (partition by a.person_id, a.unit_id) as read_count,
             row_number() over (partition by a.person_id, a.unit_id order by a.at desc, a.id desc) as n
      from access_log a) l
left join person p on p.id = l.person_id
where l.n = 1;
