#!/usr/bin/env python3
"""One page at a time over one keep-alive connection: signs in (a form, or HTTP Basic with
--basic), asks for PATH --warm times unmeasured and then N times, and prints p50 and p95 and,
with --pid, the CPU Tomcat's threads of that JVM spent per request (from /proc).

    perf/page_client.py /persons/ID 300 --pid $(pgrep -f samverkan) --port 18080 --user u0000.1

Two servers on two ports asked in turn see the same machine: how docs/performance.md
compares two jars on a machine whose speed drifts."""
import http.client, re, sys, time, base64, os, argparse
p = argparse.ArgumentParser()
p.add_argument('path'); p.add_argument('n', type=int)
p.add_argument('--user', default='u0000.1', help='a generated account (password demo)'); p.add_argument('--basic', action='store_true')
p.add_argument('--warm', type=int, default=300); p.add_argument('--pid', type=int)
p.add_argument('--port', type=int, default=18080)
a = p.parse_args()
c = http.client.HTTPConnection('localhost', a.port)
headers = {}
if a.basic:
    headers['Authorization'] = 'Basic ' + base64.b64encode(f'{a.user}:demo'.encode()).decode()
else:
    c.request('GET', '/login'); r = c.getresponse(); body = r.read().decode()
    cookie = r.getheader('Set-Cookie').split(';')[0]
    csrf = re.search(r'name="_csrf"\s+value="([^"]+)"', body) or re.search(r'value="([^"]+)"\s+name="_csrf"', body)
    form = f'username={a.user}&password=demo&_csrf={csrf.group(1)}'
    c.request('POST', '/login', form, {'Content-Type': 'application/x-www-form-urlencoded', 'Cookie': cookie})
    r = c.getresponse(); r.read()
    sc = r.getheader('Set-Cookie')
    if sc: cookie = sc.split(';')[0]
    headers['Cookie'] = cookie
def get():
    c.request('GET', a.path, headers=headers); r = c.getresponse(); r.read()
    if r.status != 200: sys.exit(f'status {r.status}')
for _ in range(a.warm): get()
def cpu():
    """CPU of Tomcat's threads (http-nio-*: the request threads, its poller and acceptor) only."""
    if not a.pid: return 0
    total = 0
    for t in os.listdir(f'/proc/{a.pid}/task'):
        try:
            st = open(f'/proc/{a.pid}/task/{t}/stat').read()
        except FileNotFoundError:
            continue
        if not st.split('(', 1)[1].startswith('http-nio'): continue
        f = st.rsplit(')', 1)[1].split()
        total += int(f[11]) + int(f[12])
    return total / os.sysconf('SC_CLK_TCK')
ts = []; c0 = cpu()
for _ in range(a.n):
    t = time.perf_counter(); get(); ts.append((time.perf_counter() - t) * 1000)
c1 = cpu(); ts.sort()
print(f'{a.path}: p50 {ts[len(ts)//2]:.2f} ms p95 {ts[int(len(ts)*.95)]:.2f} ms' + (f' cpu/req {(c1-c0)/a.n*1000:.2f} ms' if a.pid else ''))
