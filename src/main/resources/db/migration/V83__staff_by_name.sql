-- The staff list without a unit (the administrators' list, the API's), by name and then
-- username: each page read and sorted every staff member (issue 7: 20 001 at national scale,
-- 40-78 ms a page); now it reads this index in order and stops after its rows. A unit's list
-- is read by staff_unit_idx (unit_id, display_name) and sorts the unit's few.
create index staff_name_idx on staff (display_name, username);
