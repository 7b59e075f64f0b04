-- The start page counts what waits for the approval of a unit (R12, R15): find a unit's
-- parties without scanning every plan or resource agreement.
create index activity_plan_party_unit_idx on activity_plan_party (unit_id);
create index resource_agreement_party_unit_idx on resource_agreement_party (unit_id);
