-- The annual report's narrative (R12); its figures are computed from the system's own data.
create table annual_report (
    report_year integer                  not null primary key,
    narrative   varchar(20000)           not null,
    updated_by  uuid                     not null references staff (id),
    updated_at  timestamp with time zone not null,
    version     integer                  not null
);
