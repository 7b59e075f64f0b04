-- The matters list filtered by status, category, source, reporting unit or (for someone who
-- does not handle matters) reporter, newest change first: each filter has an index that starts
-- with its column and goes on in the list's order, so a page reads its rows in order and stops
-- (issue 7). Before, a filtered page walked matter_changed_idx past the other filters' matters,
-- or read every matter and sorted the unit's few. The indexes on (status, reported_at) and
-- (reported_by, reported_at) go: the list orders by change, and H2 chose the status one for
-- the list's filter and sorted; what else reads by status (the waiting matters' count, the
-- prioritised matters, all of them) is served as well by the new one.
drop index matter_status_idx;
create index matter_status_changed_idx on matter (status, changed_at desc, id);
create index matter_category_changed_idx on matter (category, changed_at desc, id);
create index matter_source_changed_idx on matter (source, changed_at desc, id);
create index matter_unit_changed_idx on matter (reported_by_unit_id, changed_at desc, id);
drop index matter_reported_by_idx;
create index matter_reporter_changed_idx on matter (reported_by, changed_at desc, id);
