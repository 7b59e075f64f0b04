#!/usr/bin/env bash
# The benchmark at one dataset size: starts Samverkan (-Xmx512m) on the database, warms it up, runs
# the Gatling simulation at each number of concurrent users and the JDBC floor at the same
# numbers, samples heap and RSS, and writes perf/target/results/LABEL/summary.md.
#
#   perf/bench.sh DATABASE LABEL [USERS...]      e.g. perf/bench.sh samverkan_perf_10 10pct 1 16 64
#
# Environment: RUN_SECONDS (30 per level), PRECISE_REQUESTS (2000 of each request timed one at a time at the end), WARMUP_SECONDS (180), CLIENT_WARMUP_SECONDS (20: each
# level's rounds first run unmeasured while Gatling's own JVM compiles), THINK_MILLIS (0: each virtual user
# always has a request in flight; e.g. 1000 for a pause after each request), RAMP_SECONDS (0: all
# users start at once; e.g. 16 for one sign-in a second), PORT (18080),
# JAR (target/samverkan-*.jar), JAVA_HOME_APP (the JDK that runs Samverkan; default the java on the PATH), JAVA_OPTS (more JVM options for Samverkan), USERS_CSV (perf/target/users.csv, written by the data generator,
# with plans.csv next to it), STATEMENTS (1: count every statement of each level with pg_stat_statements,
# which PostgreSQL must preload; docs/performance.md, "The benchmark").
# The generated accounts sign in with a password only (SAMVERKAN_SECOND_FACTOR=optional); before
# each Gatling run perf/reset.sql removes the approvals of the plans the benchmark approves and the
# referrals earlier runs wrote, with their notifications.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$1; LABEL=$2; shift 2
LEVELS=${*:-1 16 64}
RUN_SECONDS=${RUN_SECONDS:-30}
# Three minutes at 8 users: the levels are to measure the server running, not starting. After 20 s
# the JIT's C2 compiler still took a fifth of the request threads' CPU, and after three minutes it
# still compiles during the levels (jit.txt).
WARMUP_SECONDS=${WARMUP_SECONDS:-180}
PORT=${PORT:-18080}
JAR=${JAR:-$(ls target/samverkan-*.jar | head -1)}
JDK_BIN=${JAVA_HOME_APP:+$JAVA_HOME_APP/bin/}  # empty: the PATH's java, jstat
USERS_CSV=$(realpath "${USERS_CSV:-perf/target/users.csv}")
OUT=perf/target/results/$LABEL
rm -rf "$OUT"; mkdir -p "$OUT"

# Sign-in failures of earlier runs (a killed run, a wrong port) must not throttle this one.
psql -h 127.0.0.1 -U postgres -d "$DB" -q -c "delete from signin_throttle"

samverkan() {  # becomes the JVM (exec): run it in a subshell, "( … )" or "&", so $! is the JVM's pid
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD= SERVER_PORT=$PORT SAMVERKAN_ADMIN_PASSWORD=perf-admin-password \
    SAMVERKAN_RETENTION_CRON=- SAMVERKAN_REFERRALS_REMINDER_CRON=- SAMVERKAN_SECOND_FACTOR=optional \
    exec "${JDK_BIN}java" -Xmx512m ${JAVA_OPTS:-} "$@" -jar "$APP_DIR/$(basename "$JAR")" --spring.profiles.active=prod
}
# Started as README's "Start-up" says: the extracted layout with what one training start, stopped
# after the context refresh, leaves for the next: an AOT cache where the JDK makes one (25 and
# later: classes loaded and linked, and method profiles), else a class-data-sharing archive.
APP_DIR=perf/target/app
rm -rf "$APP_DIR"
"${JDK_BIN}java" -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" > /dev/null
if [[ $("${JDK_BIN}java" -XX:+PrintFlagsFinal -version 2> /dev/null) == *" AOTCacheOutput "* ]]; then
  TRAIN=-XX:AOTCacheOutput="$APP_DIR/samverkan.aot" CACHE=-XX:AOTCache="$APP_DIR/samverkan.aot"
else
  TRAIN=-XX:ArchiveClassesAtExit="$APP_DIR/samverkan.jsa" CACHE=-XX:SharedArchiveFile="$APP_DIR/samverkan.jsa"
fi
(samverkan "$TRAIN" -Dspring.context.exit=onRefresh > "$OUT/training.log" 2>&1)
samverkan "$CACHE" > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -sf "localhost:$PORT/actuator/health/liveness" > /dev/null && break; sleep 1; done
uptime > "$OUT/load.txt"
grep -o "Started SamverkanApplication in [0-9.]* seconds" "$OUT/app.log" > "$OUT/startup.txt" || true
# one sampler for the whole run (a jstat started each second would cost a JVM start a second)
"${JDK_BIN}jstat" -gc $APP 1000 > "$OUT/jstat.txt" 2> /dev/null &

gatling() {
  psql -h 127.0.0.1 -U postgres -d "$DB" -q -f perf/reset.sql
  if [ -n "${STATEMENTS:-}" ]; then psql -h 127.0.0.1 -U postgres -d "$DB" -qAt -c "select pg_stat_statements_reset()" > /dev/null; fi
  (cd perf && ../mvnw -B -q -o -Pgatling gatling:test -Dusers="$1" -Dseconds="$2" -DusersCsv="$USERS_CSV" \
    -DbaseUrl="http://localhost:$PORT" -DthinkMillis="${THINK_MILLIS:-0}" -DrampSeconds="${RAMP_SECONDS:-0}" \
    -DwarmupSeconds="${CLIENT_WARMUP:-0}")
}
# A run whose assertions fail still reports its figures (hence "|| true"); a run that reports
# none (Gatling not resolved, the simulation not compiled) stops the benchmark.
reported() {
  grep -q "percentile of response time" "$1" || {
    echo "bench.sh: Gatling reported no figures, see $1" >&2
    kill $APP
    exit 1
  }
}
RAMP_SECONDS=0 THINK_MILLIS=0 gatling 8 "$WARMUP_SECONDS" > "$OUT/warmup.log" 2>&1 || true
reported "$OUT/warmup.log"
echo "after the warm-up: $("${JDK_BIN}jstat" -compiler $APP | tail -1)" > "$OUT/jit.txt"  # Compiled Failed Invalid Time ...
export CLIENT_WARMUP=${CLIENT_WARMUP_SECONDS:-20}
echo "$RUN_SECONDS" > "$OUT/measured-seconds.txt"  # req/s = requests ÷ these (summarise.py)
# Who used the two cores during a whole Gatling run — its JVM's start and the client warm-up
# included — in clock ticks: the machine's busy time, the application's, PostgreSQL's (with the
# postmaster's exited children), and time stolen by the hypervisor; the rest is mostly Gatling's.
ticks() {
  local pg
  pg=$( (for p in $(pgrep -x postgres); do cat /proc/$p/stat 2> /dev/null; done | awk '{s += $14 + $15} END {print s + 0}'
    awk '{print $16 + $17}' /proc/$(pgrep -o -x postgres)/stat 2> /dev/null) | awk '{s += $1} END {print s + 0}') || true
  echo "$(date +%s.%N) $(awk '/^cpu /{print $2 + $3 + $4 + $7 + $8}' /proc/stat) \
    $(awk '{print $14 + $15}' /proc/$APP/stat 2> /dev/null || echo 0) $pg $(awk '/^cpu /{print $9}' /proc/stat)"
}
# Every statement of a Gatling run (its sign-ins and client warm-up included) per round; a round
# records one contact, so the contacts inserted count the rounds.
statements() {
  psql -h 127.0.0.1 -U postgres -d "$DB" -A -F $'\t' -v ON_ERROR_STOP=1 -c "
    with run as (select * from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())),
         rounds as (select sum(calls) as n from run where query ~* '^insert into "?contact"? ')
    select round(calls / rounds.n, 2) as per_round, calls, round(total_exec_time::numeric / calls, 3) as mean_ms,
           left(regexp_replace(query, '\s+', ' ', 'g'), 200) as statement
    from run, rounds order by calls desc"
}
for users in $LEVELS; do
  before=$(ticks)
  gatling "$users" "$RUN_SECONDS" > "$OUT/gatling-u$users.log" 2>&1 || true
  reported "$OUT/gatling-u$users.log"
  if [ -n "${STATEMENTS:-}" ]; then statements > "$OUT/statements-u$users.tsv"; fi
  echo "users=$users $before $(ticks)" >> "$OUT/cpu.txt"  # seconds busy app postgres steal, before and after
done
# The floors' requests once more, one at a time and timed to the microsecond (perf/page_client.py):
# Gatling counts whole milliseconds and its own JVM shares the two cores, which adds a millisecond
# or two to a request of one or two (docs/performance.md, "One user to the microsecond").
IFS=, read -r USERNAME _ PERSON NUMBER _ < <(sed -n 2p "$USERS_CSV")
precise() {  # a failure is reported and leaves the rest of the run (the floors, the summary) to finish
  python3 perf/page_client.py "$1" "${PRECISE_REQUESTS:-2000}" "${@:2}" --warm 300 --port "$PORT" --pid $APP --user "$USERNAME" \
    >> "$OUT/precise.txt" || echo "perf/page_client.py $1 failed" >&2
}
precise "/persons?number=$NUMBER"
precise "/persons/$PERSON"
precise "/api/v1/persons?personalIdentityNumber=$NUMBER" --basic
precise /actuator/health/liveness
echo "at the end: $("${JDK_BIN}jstat" -compiler $APP | tail -1)" >> "$OUT/jit.txt"
grep -E "VmHWM|VmRSS" /proc/$APP/status > "$OUT/rss.txt"
uptime >> "$OUT/load.txt"
kill $APP; wait $APP 2> /dev/null || true
for users in $LEVELS; do
  ./mvnw -B -q -o -f perf/pom.xml exec:java -Dexec.mainClass=se.samverkan.perf.JdbcFloor \
    -Dexec.args="--url jdbc:postgresql://127.0.0.1:5432/$DB --users $users --seconds ${JDBC_SECONDS:-15} --users-csv $USERS_CSV" \
    >> "$OUT/jdbc.txt" 2>&1
done
python3 perf/summarise.py "$OUT" > "$OUT/summary.md"
cat "$OUT/summary.md"
