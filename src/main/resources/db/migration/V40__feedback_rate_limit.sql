-- The public feedback form's rate limit (R14): requests per client address (kept only as a
-- salted hash) in fixed windows, in the database so that every instance counts the same.
create table feedback_rate_window (
    client_key   varchar(64)              not null,
    window_start timestamp with time zone not null,
    requests     integer                  not null,
    primary key (client_key, window_start)
);
create index feedback_rate_window_start_idx on feedback_rate_window (window_start);
