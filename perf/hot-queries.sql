-- The hot queries of issue 7, EXPLAIN ANALYZE on a generated database: psql -h 127.0.0.1 -U postgres -d samverkan_perf_10 -f perf/hot-queries.sql
-- (or python3 perf/hot_queries.py samverkan_perf_10 for the min and median of three runs). "list total" is the single-query form
-- used before V70; the application now counts from person_involvement (unit_id, shared_until) alone (V71): "list total now".
-- "log review total before pairs" is
-- the review before V73 (every read of the unit's persons); "log review pairs" the review of October 2026 from access_log_pair.
\timing on
select u.id as unit, u.principal_id as principal from unit u join person p on p.registered_by_unit_id = u.id group by u.id order by count(*) desc limit 1 \gset
select count(*) as persons_of_biggest_unit from person where registered_by_unit_id = :'unit';
select a.person_id as person from access_log a group by a.person_id order by count(*) desc limit 1 \gset
select p.personal_identity_number as number from person p where p.id = :'person' \gset
select count(*) as reads_of_busiest_person from access_log where person_id = :'person';
select i.unit_id as habunit, u.principal_id as habprincipal from person_involvement i join unit u on u.id = i.unit_id where u.kind in ('BUH', 'VH') group by 1, 2 order by count(*) desc limit 1 \gset
select count(*) as persons_of_biggest_habilitation_unit from person_involvement where unit_id = :'habunit';
\echo lookup
explain analyze select * from person where personal_identity_number = :'number';
\echo list page
explain analyze select p.id from person_involvement i join person p on p.id = i.person_id where i.unit_id = :'unit'
and exists (select 1 from unit vr where vr.id = p.registered_by_unit_id and (vr.principal_id = :'principal' or exists (select 1 from consent vc join consent_principal vc1 on vc1.consent_id = vc.id and vc1.principal_id = vr.principal_id join consent_principal vc2 on vc2.consent_id = vc.id and vc2.principal_id = :'principal' where vc.person_id = p.id and vc.revoked_at is null and (vc.valid_until is null or vc.valid_until >= current_date) and (vc.majority_on is null or vc.majority_on > current_date))))
order by i.since desc, i.person_id limit 20 offset 0;
\echo list total
explain analyze select count(*) from person_involvement i join person p on p.id = i.person_id where i.unit_id = :'unit'
and exists (select 1 from unit vr where vr.id = p.registered_by_unit_id and (vr.principal_id = :'principal' or exists (select 1 from consent vc join consent_principal vc1 on vc1.consent_id = vc.id and vc1.principal_id = vr.principal_id join consent_principal vc2 on vc2.consent_id = vc.id and vc2.principal_id = :'principal' where vc.person_id = p.id and vc.revoked_at is null and (vc.valid_until is null or vc.valid_until >= current_date) and (vc.majority_on is null or vc.majority_on > current_date))));
\echo habilitation total before
explain analyze select count(*) from person_involvement i join person p on p.id = i.person_id where i.unit_id = :'habunit'
and exists (select 1 from unit vr where vr.id = p.registered_by_unit_id and (vr.principal_id = :'habprincipal' or exists (select 1 from consent vc join consent_principal vc1 on vc1.consent_id = vc.id and vc1.principal_id = vr.principal_id join consent_principal vc2 on vc2.consent_id = vc.id and vc2.principal_id = :'habprincipal' where vc.person_id = p.id and vc.revoked_at is null and (vc.valid_until is null or vc.valid_until >= current_date) and (vc.majority_on is null or vc.majority_on > current_date))));
\echo list total now
explain analyze select count(*) from person_involvement where unit_id = :'unit' and shared_until >= current_date;
\echo habilitation total now
explain analyze select count(*) from person_involvement where unit_id = :'habunit' and shared_until >= current_date;
\echo consents with principals
explain analyze select c.*, cp.principal_id from consent c left join consent_principal cp on cp.consent_id = c.id where c.person_id in (:'person') order by c.given_on desc, c.recorded_at desc, c.id;
\echo timeline page
explain analyze select c.*, cp.staff_id from (select * from contact where person_id = :'person' order by occurred_at desc, id limit 51 offset 0) c left join contact_participant cp on cp.contact_id = c.id order by c.occurred_at desc, c.id;
\echo access log page
explain analyze select at, staff_id, username, unit_id, unit_name, action from access_log where person_id = :'person' order by at desc, id limit 50 offset 0;
\echo access log total
explain analyze select count(*) from access_log where person_id = :'person';
\echo timeline contacts
explain analyze select * from contact where person_id = :'person' order by occurred_at desc;
\echo log review total before pairs
explain analyze select count(*) from (
  select a.id, (not exists (select 1 from person_involvement i where i.person_id = a.person_id and i.unit_id = a.unit_id and (i.reason <> 'INTERVENTION' or exists (select 1 from intervention n where n.person_id = a.person_id and n.unit_id = a.unit_id and (n.ended_on is null or n.ended_on > current_date))))) as no_longer_involved,
    ((au.principal_id is null or au.principal_id <> ru.principal_id) and not exists (select 1 from consent c join consent_principal c1 on c1.consent_id = c.id and c1.principal_id = ru.principal_id join consent_principal c2 on c2.consent_id = c.id and c2.principal_id = au.principal_id where c.person_id = a.person_id and c.revoked_at is null and (c.valid_until is null or c.valid_until >= current_date) and (c.majority_on is null or c.majority_on > current_date))) as consent_ended
  from person p join unit ru on ru.id = p.registered_by_unit_id join access_log a on a.person_id = p.id and a.unit_id <> p.registered_by_unit_id left join unit au on au.id = a.unit_id
  where p.registered_by_unit_id = :'unit') r where r.no_longer_involved or r.consent_ended;
\echo log review pairs total
explain analyze select count(*) from (
  select (not exists (select 1 from person_involvement i where i.person_id = s.person_id and i.unit_id = s.unit_id and (i.reason <> 'INTERVENTION' or exists (select 1 from intervention n where n.person_id = s.person_id and n.unit_id = s.unit_id and (n.ended_on is null or n.ended_on > current_date))))) as no_longer_involved,
    (not exists (select 1 from unit au where au.id = s.unit_id and au.principal_id = ru.principal_id) and not exists (select 1 from consent c join consent_principal c1 on c1.consent_id = c.id and c1.principal_id = ru.principal_id join unit au on au.id = s.unit_id join consent_principal c2 on c2.consent_id = c.id and c2.principal_id = au.principal_id where c.person_id = s.person_id and c.revoked_at is null and (c.valid_until is null or c.valid_until >= current_date) and (c.majority_on is null or c.majority_on > current_date))) as consent_ended
  from access_log_pair s join person p on p.id = s.person_id join unit ru on ru.id = s.registered_by_unit_id
  where s.registered_by_unit_id = :'unit' and s.last_at >= '2026-10-01T00:00+02' and s.last_at < '2026-11-01T00:00+01') r where r.no_longer_involved or r.consent_ended;
\echo log review pairs page
explain analyze select * from (
  select s.person_id, s.unit_id, s.last_at, (not exists (select 1 from person_involvement i where i.person_id = s.person_id and i.unit_id = s.unit_id and (i.reason <> 'INTERVENTION' or exists (select 1 from intervention n where n.person_id = s.person_id and n.unit_id = s.unit_id and (n.ended_on is null or n.ended_on > current_date))))) as no_longer_involved,
    (not exists (select 1 from unit au where au.id = s.unit_id and au.principal_id = ru.principal_id) and not exists (select 1 from consent c join consent_principal c1 on c1.consent_id = c.id and c1.principal_id = ru.principal_id join unit au on au.id = s.unit_id join consent_principal c2 on c2.consent_id = c.id and c2.principal_id = au.principal_id where c.person_id = s.person_id and c.revoked_at is null and (c.valid_until is null or c.valid_until >= current_date) and (c.majority_on is null or c.majority_on > current_date))) as consent_ended
  from access_log_pair s join person p on p.id = s.person_id join unit ru on ru.id = s.registered_by_unit_id
  where s.registered_by_unit_id = :'unit' and s.last_at >= '2026-10-01T00:00+02' and s.last_at < '2026-11-01T00:00+01') r where r.no_longer_involved or r.consent_ended
  order by r.last_at desc, r.person_id, r.unit_id limit 50;
