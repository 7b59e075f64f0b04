-- The annual report's contacts by channel (R12), counted as contacts are recorded and
-- removed (ContactFigures): counting a year's contacts read the whole contact table, which
-- has no index on when they took place (each index costs every contact recorded).
create table contact_year_count (
    contact_year integer     not null,
    channel      varchar(30) not null,
    contacts     bigint      not null,
    primary key (contact_year, channel)
);
