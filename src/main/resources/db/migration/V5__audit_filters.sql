-- The audit trail is filtered by who made a change and by what happened: one index per filter,
-- each going on with the time so that a filtered page is read newest first from the index.
create index audit_entry_actor_idx on audit_entry (actor, occurred_at desc);
create index audit_entry_action_idx on audit_entry (action, occurred_at desc);
create index audit_entry_type_idx on audit_entry (aggregate_type, occurred_at desc);
