"""The hot queries (perf/hot-queries.sql) three times on one database: min and median of each. Run from the repository root."""
import subprocess, sys, re, collections
db = sys.argv[1]
times = collections.OrderedDict(); sizes = []
for run in range(3):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-f", "perf/hot-queries.sql"], capture_output=True, text=True).stdout
    label = None
    for line in out.splitlines():
        if re.match(r"^[a-z][a-z ]+$", line.strip()) and not line.startswith(" "):
            label = line.strip()
        m = re.search(r"Execution Time: ([0-9.]+) ms", line)
        if m and label:
            times.setdefault(label, []).append(float(m.group(1)))
        if run == 0 and re.match(r"^ +[0-9]+$", line):
            sizes.append(line.strip())
print(db, "biggest unit persons / busiest person's reads:", sizes)
for k, v in times.items():
    print(f"{k:20s} min {min(v):9.2f} ms  median {sorted(v)[1]:9.2f} ms")
