-- The resource agreements, newest proposed first (R15): a page reads its rows in index
-- order and stops, instead of sorting every agreement ever proposed.
create index resource_agreement_proposed_idx on resource_agreement (proposed_at desc, id);
