#!/usr/bin/env python3
"""Turns one perf/bench.sh run (gatling-u*.log, jdbc.txt, jstat.txt, rss.txt) into a Markdown table."""
import glob
import os
import re
import sys

out = sys.argv[1]
rows = {}
for log in sorted(glob.glob(os.path.join(out, "gatling-*u*.log"))):
    users = int(re.search(r"u(\d+)\.log$", log).group(1))
    api = "-api-" in log
    for line in open(log, encoding="utf-8", errors="replace"):
        m = re.match(r"(.+?): (50th|95th|99th) percentile of response time .*\(actual : ([0-9.]+)\)", line)
        if m:
            rows.setdefault((m.group(1), users), {})[m.group(2)] = float(m.group(3))
        m = re.match(r"(.+?): mean requests per second .*\(actual : ([0-9.]+)\)", line)
        if m:
            rows.setdefault((m.group(1), users), {})["rps"] = float(m.group(2))
        m = re.match(r"(.+?): count of all events .*\(actual : ([0-9.]+)\)", line)
        if m:
            rows.setdefault((m.group(1), users), {})["n"] = int(float(m.group(2)))
        m = re.match(r"(.+?): count of failed events .*\(actual : ([0-9.]+)\)", line)
        if m:
            rows.setdefault((m.group(1), users), {})["ko"] = int(float(m.group(2)))

jdbc = {}
if os.path.exists(os.path.join(out, "jdbc.txt")):
    for line in open(os.path.join(out, "jdbc.txt")):
        m = re.match(r"jdbc (\w+)\s+users=(\d+)\s+n=(\d+)\s+p50=\s*([0-9.]+) ms p95=\s*([0-9.]+) ms p99=\s*([0-9.]+) ms throughput=\s*([0-9.]+)", line)
        if m:
            jdbc[(m.group(1), int(m.group(2)))] = [float(x) for x in m.group(3, 4, 5, 6, 7)]

print(f"### {os.path.basename(out.rstrip('/'))}\n")
for name in ("startup.txt", "rss.txt", "load.txt"):
    path = os.path.join(out, name)
    if os.path.exists(path):
        print("- " + " ".join(open(path).read().split()))
peak = 0
if os.path.exists(os.path.join(out, "jstat.txt")):
    for line in open(os.path.join(out, "jstat.txt")):
        f = line.split()
        try:
            # S0C S1C S0U S1U EC EU OC OU ...
            peak = max(peak, float(f[2]) + float(f[3]) + float(f[5]) + float(f[7]))
        except (ValueError, IndexError):
            pass
print(f"- peak heap used (jstat, sampled each second): {peak / 1024:.0f} MiB of -Xmx512m\n")
print("| request | users | n | KO | p50 ms | p95 ms | p99 ms | req/s | p95 ÷ HTTP floor p95 | p95 ÷ JDBC floor p95 |")
print("|---|---|---|---|---|---|---|---|---|---|")
floor = "floor: trivial endpoint"
jdbc_of = {"person lookup": "lookup", "person timeline": "timeline"}
for (request, users), s in sorted(rows.items(), key=lambda kv: (kv[0][1], kv[0][0])):
    f = rows.get((floor, users), {}).get("95th")
    ratio = f"{s.get('95th', 0) / f:.1f}" if f else ""
    j = jdbc.get((jdbc_of.get(request, ""), users))
    jratio = f"{s.get('95th', 0) / j[2]:.1f}" if j and j[2] > 0 else ""
    print(f"| {request} | {users} | {s.get('n', '')} | {s.get('ko', '')} | {s.get('50th', '')} | {s.get('95th', '')} | "
          f"{s.get('99th', '')} | {s.get('rps', '')} | {ratio} | {jratio} |")
for (name, users), v in sorted(jdbc.items(), key=lambda kv: (kv[0][1], kv[0][0])):
    print(f"| JDBC floor: {name} | {users} | {int(v[0])} | 0 | {v[1]} | {v[2]} | {v[3]} | {v[4]} | | |")
