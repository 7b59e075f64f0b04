-- The yearly evaluation of results and working forms (R16): answers are anonymous — who
-- answered is kept apart from what was answered, only to let each person answer once.
create table evaluation (
    id        uuid                     not null primary key,
    eval_year integer                  not null unique,
    opened_by uuid                     not null references staff (id),
    opened_at timestamp with time zone not null,
    version   integer                  not null
);

create table evaluation_respondent (
    evaluation_id uuid not null references evaluation (id),
    staff_id      uuid not null references staff (id),
    primary key (evaluation_id, staff_id)
);

create table evaluation_answer (
    evaluation_id uuid         not null references evaluation (id),
    response_id   uuid         not null,
    question_id   varchar(50)  not null,
    score         integer      not null,
    comment       varchar(2000),
    primary key (response_id, question_id)
);
create index evaluation_answer_idx on evaluation_answer (evaluation_id, question_id);
