-- Before each benchmark run (perf/bench.sh): the plans the benchmark approves (in approval,
-- for a year after the current one; the generator's plans.csv) lose the approvals earlier
-- runs gave, so every party's head of operations may approve each of them again.
delete from activity_plan_approval a
using activity_plan p
where a.activity_plan_id = p.id
  and p.status = 'IN_APPROVAL'
  and p.plan_year > extract(year from current_date);
