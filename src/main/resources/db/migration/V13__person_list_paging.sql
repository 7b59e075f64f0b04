-- The unit's own list of persons is paged in the database, newest involvement first.
create index person_involvement_unit_since_idx on person_involvement (unit_id, since desc, person_id);
