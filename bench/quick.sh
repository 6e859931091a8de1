#!/usr/bin/env bash
# A first, rough throughput figure for GET /v1/usertasks/{uid} and GET /v1/usertasks (a page of 100 full tasks).
# Usage: bench/quick.sh h2|postgres [TASKS=1000] [DURATION=15s]
# Needs wrk (Debian package) and python3; PostgreSQL runs against database usertasks_bench on 127.0.0.1:5432.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
tasks=${2:-1000}
duration=${3:-15s}
port=18080
key=bench-admin-key
[ -f target/usertasks-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B package -DskipTests
data=$(mktemp -d)
env_args=(USERTASKS_DATA_DIR="$data" USERTASKS_BOOTSTRAP_API_KEY="$key" SERVER_PORT=$port)
if [ "$db" = postgres ]; then
	psql -q -h 127.0.0.1 -U postgres -d test -c 'drop database if exists usertasks_bench' -c 'create database usertasks_bench'
	env_args+=(SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/usertasks_bench SPRING_DATASOURCE_USERNAME=postgres
		SPRING_DATASOURCE_PASSWORD=)
fi
env "${env_args[@]}" java -jar target/usertasks-0.1.0-SNAPSHOT.jar >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -sf "http://localhost:$port/actuator/health" >/dev/null; do sleep 0.5; done
uid=$(python3 bench/seed.py "http://localhost:$port" "$key" "$tasks")
echo "== $db, $tasks tasks (2 users, 1 group, 3 entities, 2 comments each), wrk -t2 -c32 -d$duration"
for scenario in "GET one task|/v1/usertasks/$uid" "GET a page of 100|/v1/usertasks?page=2"; do
	echo "-- ${scenario%%|*}: ${scenario#*|}"
	wrk -t2 -c32 -d"$duration" --latency -H "Authorization: $key" "http://localhost:$port${scenario#*|}" |
		grep -E 'Requests/sec|^ +50%|^ +99%|Non-2xx|Socket errors'
done
echo "server RSS: $(($(awk '/VmRSS/ {print $2}' /proc/$server/status) / 1024)) MB"
