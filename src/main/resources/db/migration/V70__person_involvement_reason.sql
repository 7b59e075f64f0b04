-- The unit's list counts the persons it registered (always visible to it) from the index alone.
create index person_involvement_unit_reason_idx on person_involvement (unit_id, reason, person_id);
