-- Principals (huvudmän), their units (verksamheter), staff and what the parties tell each other (R19).
create table principal (
    id         uuid         not null primary key,
    name       varchar(200) not null,
    kind       varchar(20)  not null,
    active     boolean      not null default true,
    version    integer      not null,
    constraint principal_name_uk unique (name)
);

create table unit (
    id              uuid         not null primary key,
    principal_id    uuid         not null references principal (id),
    name            varchar(200) not null,
    kind            varchar(20)  not null,
    agreement_party boolean      not null default false,
    active          boolean      not null default true,
    version         integer      not null,
    constraint unit_name_uk unique (principal_id, name)
);
create index unit_principal_idx on unit (principal_id);

create table unit_description (
    unit_id          uuid                     not null primary key references unit (id),
    mission          varchar(4000)            not null default '',
    responsibilities varchar(4000)            not null default '',
    routines         varchar(4000)            not null default '',
    contact_info     varchar(2000)            not null default '',
    updated_at       timestamp with time zone,
    updated_by       uuid,
    version          integer                  not null
);

create table staff (
    id                uuid         not null primary key,
    username          varchar(100) not null,
    display_name      varchar(200) not null,
    email             varchar(254),
    unit_id           uuid         not null references unit (id),
    nearest_manager_id uuid        references staff (id),
    password_hash     varchar(200),
    administrator     boolean      not null default false,
    active            boolean      not null default true,
    version           integer      not null,
    constraint staff_username_uk unique (username)
);
create index staff_unit_idx on staff (unit_id, display_name);
create index staff_manager_idx on staff (nearest_manager_id);

create table staff_function (
    staff_id uuid        not null references staff (id),
    function varchar(40) not null,
    primary key (staff_id, function)
);

create table operations_update (
    id           uuid                     not null primary key,
    unit_id      uuid                     not null references unit (id),
    author_id    uuid                     not null references staff (id),
    title        varchar(200)             not null,
    body         varchar(8000)            not null,
    published_at timestamp with time zone not null,
    version      integer                  not null
);
create index operations_update_published_idx on operations_update (published_at desc, id);
create index operations_update_unit_idx on operations_update (unit_id, published_at desc);

create table interest_organisation (
    id          uuid          not null primary key,
    name        varchar(200)  not null,
    description varchar(2000) not null default '',
    website     varchar(500),
    version     integer       not null,
    constraint interest_organisation_name_uk unique (name)
);
