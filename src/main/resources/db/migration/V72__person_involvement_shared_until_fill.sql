-- Fills person_involvement.shared_until (V71) for the involvements there are; the application
-- keeps it from then on. The perf data generator runs this file again after loading.
-- A consent's last day: its end date or the day before the 18th birthday, whichever comes first.
update person_involvement set shared_until = (
    select case
        when u.principal_id = r.principal_id then date '9999-12-31'
        else (select max(coalesce(least(c.valid_until, cast(c.majority_on - interval '1' day as date)),
                                  date '9999-12-31'))
              from consent c
              join consent_principal c1 on c1.consent_id = c.id and c1.principal_id = r.principal_id
              join consent_principal c2 on c2.consent_id = c.id and c2.principal_id = u.principal_id
              where c.person_id = person_involvement.person_id and c.revoked_at is null)
    end
    from unit u, person p, unit r
    where u.id = person_involvement.unit_id and p.id = person_involvement.person_id
      and r.id = p.registered_by_unit_id);
