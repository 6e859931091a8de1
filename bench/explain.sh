#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL of the statements behind each bench/run.sh scenario (bench/explain.sql),
# over N tasks seeded as run.sh seeds them, in a database of its own (usertasks_bench_explain, dropped at the end).
# Usage: bench/explain.sh [N=10000]. Prints the plans and saves them to bench/results/explain-postgres-<N>-<time>.txt.
# Needs java, psql, curl, python3 and PostgreSQL on 127.0.0.1:5432 (user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
db=postgres
tasks=${1:-10000}
# shellcheck source=bench/lib.sh
. bench/lib.sh
pg_db=usertasks_bench_explain
work=$(mktemp -d)
cleanup() {
	stop_server
	drop_database
	rm -rf "$work"
}
trap cleanup EXIT
build_jar
port=$(free_port)
echo "seeding $tasks tasks" >&2
create_and_seed
mkdir -p bench/results
out="bench/results/explain-postgres-$tasks-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
	echo "-- bench/explain.sh $tasks, $(date -u '+%Y-%m-%d %H:%M UTC'), PostgreSQL $(psql_bench -A -t -c 'show server_version')," \
		"commit $(git describe --always --dirty)"
	psql_bench -f bench/explain.sql
} 2>&1 | tee "$out"
echo "saved to $out" >&2
