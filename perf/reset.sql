-- Before each benchmark run (perf/bench.sh), so that every run starts from the generated state:
--
-- The plans the benchmark approves (in approval, for a year after the current one; the
-- generator's plans.csv) lose the approvals earlier runs gave, so every party's head of
-- operations may approve each of them again.
delete from activity_plan_approval a
using activity_plan p
where a.activity_plan_id = p.id
  and p.status = 'IN_APPROVAL'
  and p.plan_year > extract(year from current_date);

-- The referrals earlier runs wrote go (SamverkanSimulation writes them with this question; the
-- generator never does): a person some virtual user refers is another's timeline person, and
-- over repeated runs gathered hundreds of referrals, which the person page shows — its timeline
-- grew from run to run.
-- Their notices go with them: each sent one put a row into the inbox of every staff member of
-- the receiving unit, and over repeated runs the inboxes and their unread counts grew from run to
-- run as the timeline had.
delete from notification n
using referral r
where r.question = 'Bedömning av kommunikationsstöd.'
  and n.link = '/referrals/' || r.id;
delete from referral_step s
using referral r
where s.referral_id = r.id
  and r.question = 'Bedömning av kommunikationsstöd.';
delete from referral where question = 'Bedömning av kommunikationsstöd.';
