#!/usr/bin/env bash
# Several instances (issue 7): two Samverkan instances (-Xmx512m, profile prod) on ports 8081 (A)
# and 8082 (B) on ONE PostgreSQL database; InstancesDriver records contacts round-robin over both,
# carries a session cookie from A to B, kills A with kill -9 mid-load, goes on against B, then
# checks in the database that no acknowledged write was lost. The overdue reminder is scheduled
# every 10 seconds on both instances so that ShedLock's log shows it running on one at a time.
#
#   perf/instances.sh [DATABASE]          default samverkan_perf_in
#
# The database is generated first when it does not exist (or with REGENERATE=1) at SCALE (0.01).
# Environment: JAR (target/samverkan-0.1.0-SNAPSHOT.jar), WRITERS (8), WARMUP (20 s of load not
# compared), BEFORE and AFTER (seconds of load before and after the kill, 30 each), PGHOST (127.0.0.1), user postgres without password.
# Output: perf/target/results/instances/ (a.log, b.log, driver.txt, load.txt, summary.md).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-samverkan_perf_in}
SCALE=${SCALE:-0.01}
JAR=${JAR:-target/samverkan-0.1.0-SNAPSHOT.jar}
PGHOST=${PGHOST:-127.0.0.1}
URL=jdbc:postgresql://$PGHOST:5432/$DB
USERS_CSV=perf/target/users-$DB.csv
OUT=perf/target/results/instances
rm -rf "$OUT"; mkdir -p "$OUT"
psql() { command psql -h "$PGHOST" -U postgres -qtA "$@"; }

if [ "${REGENERATE:-0}" = 1 ] || [ ! -f "$USERS_CSV" ] \
    || [ -z "$(psql -d postgres -c "select 1 from pg_database where datname = '$DB'")" ]; then
  ./mvnw -B -q -f perf/pom.xml compile exec:java \
    -Dexec.args="--scale $SCALE --url $URL --users-csv $USERS_CSV"
fi
./mvnw -B -q -o -f perf/pom.xml compile

# A production start refuses a database in which an administrator still has the demo password,
# and asks to change it or deactivate the account: the generated admin is deactivated. The
# generated case workers keep the password "demo" and have no second factor, so the instances run
# with SAMVERKAN_SECOND_FACTOR=optional (production's default, auto, would send them to enrol TOTP).
psql -d "$DB" -c "update staff set active = false where username = 'admin'"

start() {
  SPRING_DATASOURCE_URL=$URL SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
    SERVER_PORT=$1 SAMVERKAN_SECOND_FACTOR=optional SAMVERKAN_RETENTION_CRON=- \
    SAMVERKAN_REFERRALS_REMINDER_CRON='*/10 * * * * *' LOGGING_LEVEL_NET_JAVACRUMBS_SHEDLOCK_CORE=debug \
    java -Xmx512m -jar "$JAR" --spring.profiles.active=prod > "$2" 2>&1 &
}
start 8081 "$OUT/a.log"; A=$!
start 8082 "$OUT/b.log"; B=$!
grep -qx java /proc/$A/comm  # the driver kills this very process
trap 'kill $A $B 2> /dev/null || true' EXIT
uptime > "$OUT/load.txt"
for port in 8081 8082; do
  for _ in $(seq 1 300); do curl -sf "localhost:$port/actuator/health/liveness" > /dev/null && break; sleep 1; done
  curl -sf "localhost:$port/actuator/health/liveness" > /dev/null || { echo "instance on $port did not start"; exit 1; }
done
grep -ho "Started SamverkanApplication in [0-9.]* seconds" "$OUT/a.log" "$OUT/b.log" > "$OUT/startup.txt" || true

status=0
./mvnw -B -q -o -f perf/pom.xml exec:java -Dexec.mainClass=se.samverkan.perf.InstancesDriver \
  -Dexec.args="--pid-a $A --url $URL --users-csv $USERS_CSV --writers ${WRITERS:-8} \
    --warmup ${WARMUP:-20} --before ${BEFORE:-30} --after ${AFTER:-30} --log-a $OUT/a.log --log-b $OUT/b.log" \
  > "$OUT/driver.txt" 2>&1 || status=$?
uptime >> "$OUT/load.txt"
kill $B; wait $B 2> /dev/null || true
{
  echo "Command: perf/instances.sh $DB (WRITERS=${WRITERS:-8} WARMUP=${WARMUP:-20} BEFORE=${BEFORE:-30} AFTER=${AFTER:-30})"
  echo; sed 's/^/    /' "$OUT/startup.txt"; echo; sed 's/^/    load: /' "$OUT/load.txt"; echo
  cat "$OUT/driver.txt"
  echo; echo "driver exit status: $status (0 = no acknowledged write lost, no error on B, session carried over)"
} > "$OUT/summary.md"
cat "$OUT/summary.md"
exit $status
