-- The log review counts the reads per (person, reading unit) in access_log_pair since V73.
-- This index was kept for the old count; what is left of its use, the retention's oldest
-- read left of a pair, reads a person's few rows through access_log_person_idx. At national
-- scale it was the access log's largest index (1.1 GB of 20 M rows): a random page to write
-- for every read.
drop index access_log_person_unit_idx;
