-- The holders of a function: the heads of operations of an agreement's parties' units
-- (Directory.activeStaffIds(units, function)) and the country's conveners or MAR/MAS
-- (Directory.staffHolding). Without it PostgreSQL read the whole staff_function table, some
-- 21 000 rows at national scale (issue 7), to find 933 heads or 21 conveners: the heads of
-- the three largest party units 6.6 ms and 196 buffers, now 1.8 ms and 51; the conveners
-- 8.3 ms and 283 buffers, now 0.3 ms and 129. A small unit's few staff are still looked up
-- one by one in the primary key (staff_id, function).
create index staff_function_holders_idx on staff_function (function, staff_id);
