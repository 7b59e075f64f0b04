-- The annual report reads a year's reports across all groups (YearReports).
create index working_group_report_posted_idx on working_group_report (posted_at);
