#!/usr/bin/env python3
"""Approves one plan N times as one head of operations and prints p50 and p90 of the
approval (the POST alone): before each try the plan's approvals are removed again
(perf/reset.sql), so every try approves a plan in approval. Signs in once.

    perf/approve_client.py samverkan_perf_100 PLAN_ID 25 --port 18080 --user u0000.0

As perf/page_client.py: two servers on two ports asked in turn see the same machine."""
import argparse, http.client, re, subprocess, time
p = argparse.ArgumentParser()
p.add_argument('database'); p.add_argument('plan'); p.add_argument('n', type=int)
p.add_argument('--user', default='u0000.0', help='a head of operations of a party (password demo)')
p.add_argument('--port', type=int, default=18080)
a = p.parse_args()
c = http.client.HTTPConnection('localhost', a.port)
CSRF = re.compile(r'name="_csrf"\s+value="([^"]+)"|value="([^"]+)"\s+name="_csrf"')
def csrf(body):
    m = CSRF.search(body); return m.group(1) or m.group(2)
c.request('GET', '/login'); r = c.getresponse(); body = r.read().decode()
cookie = r.getheader('Set-Cookie').split(';')[0]
c.request('POST', '/login', f'username={a.user}&password=demo&_csrf={csrf(body)}',
          {'Content-Type': 'application/x-www-form-urlencoded', 'Cookie': cookie})
r = c.getresponse(); r.read()
cookie = (r.getheader('Set-Cookie') or cookie).split(';')[0]
ts = []
for _ in range(a.n):
    subprocess.run(['psql', '-h', '127.0.0.1', '-U', 'postgres', '-d', a.database, '-q', '-f', 'perf/reset.sql'],
                   check=True)
    c.request('GET', f'/activity-plans/{a.plan}', headers={'Cookie': cookie}); r = c.getresponse()
    body = r.read().decode()
    form = re.search(r'<form[^>]*action="[^"]*/approvals".*?</form>', body, re.S).group(0)
    version = re.search(r'name="version"\s+value="(\d+)"|value="(\d+)"\s+name="version"', form)
    t = time.perf_counter()
    c.request('POST', f'/activity-plans/{a.plan}/approvals',
              f'version={version.group(1) or version.group(2)}&_csrf={csrf(body)}',
              {'Content-Type': 'application/x-www-form-urlencoded', 'Cookie': cookie})
    r = c.getresponse(); r.read()
    ts.append((time.perf_counter() - t) * 1000)
    if r.status != 302:
        raise SystemExit(f'status {r.status}')
ts.sort()
print(f'approve {a.plan}: p50 {ts[len(ts) // 2]:.2f} ms p90 {ts[int(len(ts) * .9)]:.2f} ms')
