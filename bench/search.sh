#!/usr/bin/env bash
# The task list's filters over 100,000 tasks on PostgreSQL: seeds database usertasks_bench100k with SQL
# (bench/seed-postgres.sql), prints the plans of the inbox and overdue queries (bench/explain-search.sql), then runs
# wrk on GET /v1/usertasks?inbox=me, ?overdue=true and their counts, as user "bench" (member of 2 of 20 groups).
# Usage: bench/search.sh [DURATION=15s]. Needs wrk, psql and curl; PostgreSQL on 127.0.0.1:5432, user postgres.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-15s}
port=18080
admin=bench-admin-key
db=usertasks_bench100k
psql_db() { psql -q -X -h 127.0.0.1 -U postgres -d "$db" "$@"; }
[ -f target/usertasks-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B package -DskipTests
psql -q -X -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $db" -c "create database $db"
data=$(mktemp -d)
USERTASKS_DATA_DIR="$data" USERTASKS_BOOTSTRAP_API_KEY="$admin" SERVER_PORT=$port \
	SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
	SPRING_DATASOURCE_PASSWORD= java -jar target/usertasks-0.1.0-SNAPSHOT.jar >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -sf "http://localhost:$port/actuator/health" >/dev/null; do sleep 0.5; done
start=$(date +%s)
psql_db -f bench/seed-postgres.sql
echo "== seeded 100,000 tasks in $(($(date +%s) - start)) s"
key=$(curl -sf -X POST "http://localhost:$port/v1/apikeys" -H "Authorization: $admin" -H 'Content-Type: application/json' \
	-d '{"UserId": "bench", "Name": "bench", "Admin": false}' | sed -E 's/.*"Key":"([^"]+)".*/\1/')
for query in "inbox=me" "overdue=true"; do
	echo "-- $query: Total $(curl -sf -H "Authorization: $key" "http://localhost:$port/v1/usertasks/count?$query")"
done
psql_db -f bench/explain-search.sql | grep -vE '^ +(Buffers|Planning:)'
echo "== wrk -t2 -c32 -d$duration, user bench, 100 full tasks a page"
for path in "/v1/usertasks?inbox=me" "/v1/usertasks?overdue=true" "/v1/usertasks/count?inbox=me" \
	"/v1/usertasks/count?overdue=true"; do
	echo "-- GET $path"
	wrk -t2 -c32 -d5s -H "Authorization: $key" "http://localhost:$port$path" >/dev/null # warm-up
	wrk -t2 -c32 -d"$duration" --latency -H "Authorization: $key" "http://localhost:$port$path" |
		grep -E 'Requests/sec|^ +50%|^ +99%|Non-2xx|Socket errors'
done
