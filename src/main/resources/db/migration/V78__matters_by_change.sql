-- The matters list, newest change first: a handler sees every matter, and without this index
-- each page sorted the whole table (18.5 ms at 20 000 matters, 0.1 ms with it; issue 7).
create index matter_changed_idx on matter (changed_at desc, id);
