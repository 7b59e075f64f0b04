-- Counts the contacts there are into contact_year_count (V92) by their year in Swedish
-- time; the application keeps the counts from then on. The perf data generator runs this
-- file again after loading.
delete from contact_year_count;
insert into contact_year_count (contact_year, channel, contacts)
select contact_year, channel, count(*)
from (select extract(year from occurred_at at time zone 'Europe/Stockholm') as contact_year, channel
      from contact) c
group by contact_year, channel;
