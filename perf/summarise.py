#!/usr/bin/env python3
"""Turns perf/bench.sh runs into Markdown tables.

    perf/summarise.py RUN_DIR                  one run: per request and users p50/p95/p99, req/s,
                                               p95 as a ratio to the HTTP floor and the JDBC floor
    perf/summarise.py --growth SMALL LARGE     growth: p95 per request and users in two runs (10 %
                                               and 100 %), the ratio, PASS when at most 1.5x
"""
import glob
import os
import re
import sys

FLOOR = "floor: trivial endpoint"
JDBC_OF = {"person lookup": "lookup page", "api person lookup": "api lookup", "person timeline": "timeline",
           "referral inbox": "inbox", "matters list": "matters"}
GROWTH_LIMIT = 1.5
# The simulation's client warm-up (its group and the requests in it), not measured.
WARM_UP = "warm-up"


def gatling(out):
    """(request, users) -> {50th, 95th, 99th, rps, n, ko} from the runs' Gatling logs."""
    rows = {}
    for log in sorted(glob.glob(os.path.join(out, "gatling-*u*.log"))):
        users = int(re.search(r"u(\d+)\.log$", log).group(1))
        for line in open(log, encoding="utf-8", errors="replace"):
            if line.startswith(WARM_UP):
                continue
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
    return rows


def cpu(out):
    """Who used the cores during each level (bench.sh's cpu.txt): busy share of all cores, and the
    application's, PostgreSQL's and the rest's (mostly Gatling) share of the busy time."""
    path = os.path.join(out, "cpu.txt")
    if not os.path.exists(path):
        return
    cores = os.cpu_count()
    hz = os.sysconf("SC_CLK_TCK")
    for line in open(path):
        f = line.split()
        users = f[0].split("=")[1]
        try:
            if len(f) == 11:  # with steal since session 9's review
                t0, busy0, app0, pg0, steal0, t1, busy1, app1, pg1, steal1 = (float(x) for x in f[1:11])
            else:
                t0, busy0, app0, pg0, t1, busy1, app1, pg1 = (float(x) for x in f[1:9])
                steal0 = steal1 = 0
        except ValueError:
            continue
        busy, app, pg = busy1 - busy0, app1 - app0, pg1 - pg0
        if busy <= 0:
            continue
        available = hz * (t1 - t0) * cores
        print(f"- CPU during the Gatling run at {users} users: cores {100 * busy / available:.0f} % busy "
              f"({100 * (steal1 - steal0) / available:.0f} % stolen); of the busy time the application "
              f"{100 * app / busy:.0f} %, PostgreSQL {100 * pg / busy:.0f} %, Gatling and the rest "
              f"{100 * (busy - app - pg) / busy:.0f} %")


def jdbc_floor(out):
    """(name, users) -> [n, p50, p95, p99, throughput] from jdbc.txt."""
    jdbc = {}
    path = os.path.join(out, "jdbc.txt")
    if os.path.exists(path):
        for line in open(path):
            m = re.match(r"jdbc (.+?)\s+users=(\d+)\s+n=(\d+)\s+p50=\s*([0-9.]+) ms p95=\s*([0-9.]+) ms "
                         r"p99=\s*([0-9.]+) ms throughput=\s*([0-9.]+)", line)
            if m:
                jdbc[(m.group(1), int(m.group(2)))] = [float(x) for x in m.group(3, 4, 5, 6, 7)]
    return jdbc


def measured_seconds(out):
    """The measured seconds of each level (bench.sh writes them), or None for older runs.

    Gatling's own requests per second divide by the whole run, the client warm-up included.
    """
    path = os.path.join(out, "measured-seconds.txt")
    return float(open(path).read()) if os.path.exists(path) else None


def run(out):
    rows = gatling(out)
    jdbc = jdbc_floor(out)
    measured = measured_seconds(out)
    print(f"### {os.path.basename(out.rstrip('/'))}\n")
    for name in ("startup.txt", "rss.txt", "load.txt", "jit.txt"):
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
    print(f"- peak heap used (jstat, sampled each second): {peak / 1024:.0f} MiB of -Xmx512m")
    cpu(out)
    print()
    print("| request | users | n | KO | p50 ms | p95 ms | p99 ms | req/s | p95 ÷ HTTP floor p95 | p95 ÷ JDBC floor p95 |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for (request, users), s in sorted(rows.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if request == "Global Information":
            continue
        f = rows.get((FLOOR, users), {}).get("95th")
        ratio = f"{s.get('95th', 0) / f:.1f}" if f else ""
        j = jdbc.get((JDBC_OF.get(request, ""), users))
        jratio = f"{s.get('95th', 0) / j[2]:.1f}" if j and j[2] > 0 else ""
        if measured and "n" in s:
            rps = f"{s['n'] / measured:.2f}"
        else:
            rps = f"{s['rps']:.2f}" if "rps" in s else ""
        print(f"| {request} | {users} | {s.get('n', '')} | {s.get('ko', '')} | {s.get('50th', '')} | "
              f"{s.get('95th', '')} | {s.get('99th', '')} | {rps} | {ratio} | {jratio} |")
    for (name, users), v in sorted(jdbc.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        print(f"| JDBC floor: {name} | {users} | {int(v[0])} | 0 | {v[1]} | {v[2]} | {v[3]} | {v[4]} | | |")
    precise(out, jdbc)
    missing = sorted({JDBC_OF[r] for (r, u) in rows if r in JDBC_OF and (JDBC_OF[r], u) not in jdbc})
    if jdbc and missing:
        print(f"\nNo JDBC floor named {', '.join(missing)} in jdbc.txt (a run of an older JdbcFloor?): "
              "those ratios are left empty.")


# perf/page_client.py's paths -> the JDBC floor of the same statements
PRECISE_OF = {"/persons?": ("person lookup", "lookup page"), "/persons/": ("person timeline", "timeline"),
              "/api/v1/persons?": ("api person lookup", "api lookup"), "/actuator/": (FLOOR, None)}


def precise(out, jdbc):
    """One user at a time, timed to the microsecond (bench.sh's precise.txt), against the JDBC floor at one user."""
    path = os.path.join(out, "precise.txt")
    if not os.path.exists(path):
        return
    print("\n#### One user to the microsecond (perf/page_client.py, after the levels)\n")
    print("| request | p50 ms | p95 ms | CPU of the request threads ms | p95 ÷ JDBC floor p95 at 1 user |")
    print("|---|---|---|---|---|")
    for line in open(path):
        m = re.match(r"(\S+): p50 ([0-9.]+) ms p95 ([0-9.]+) ms(?: cpu/req ([0-9.]+) ms)?", line)
        if not m:
            continue
        request, floor = next((v for k, v in PRECISE_OF.items() if m.group(1).startswith(k)), (m.group(1), None))
        j = jdbc.get((floor, 1)) if floor else None
        ratio = f"{float(m.group(3)) / j[2]:.1f}" if j and j[2] > 0 else ""
        print(f"| {request} | {m.group(2)} | {m.group(3)} | {m.group(4) or ''} | {ratio} |")


def growth(small, large):
    before, after = gatling(small), gatling(large)
    print(f"### Growth: {os.path.basename(small.rstrip('/'))} → {os.path.basename(large.rstrip('/'))} "
          f"(p95, PASS when at most {GROWTH_LIMIT}×)\n")
    print("| request | users | p95 ms small | p95 ms large | ratio | verdict |")
    print("|---|---|---|---|---|---|")
    failed = 0
    for key in sorted(set(before) & set(after), key=lambda k: (k[1], k[0])):
        request, users = key
        if request == "Global Information":
            continue
        a, b = before[key].get("95th"), after[key].get("95th")
        if not a or b is None:
            continue
        ratio = b / a
        verdict = "PASS" if ratio <= GROWTH_LIMIT else "FAIL"
        failed += verdict == "FAIL"
        print(f"| {request} | {users} | {a} | {b} | {ratio:.2f} | {verdict} |")
    for name, (ja, jb) in sorted({k: (v, jdbc_floor(large).get(k)) for k, v in jdbc_floor(small).items()}.items(),
                                 key=lambda kv: (kv[0][1], kv[0][0])):
        if jb and ja[2] > 0:
            print(f"| JDBC floor: {name[0]} | {name[1]} | {ja[2]} | {jb[2]} | {jb[2] / ja[2]:.2f} | "
                  f"{'PASS' if jb[2] / ja[2] <= GROWTH_LIMIT else 'FAIL'} |")
    print(f"\n{failed} request(s) grew more than {GROWTH_LIMIT}×.")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--growth":
        growth(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 2:
        run(sys.argv[1])
    else:
        sys.exit(__doc__)
