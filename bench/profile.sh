#!/usr/bin/env bash
# Profiles one scenario with Java Flight Recorder (issue #6: profile before changing code). Starts the service like
# run.sh does, seeds N tasks, runs wrk on PATH (with an optional wrk script from bench/wrk/) for DURATION after a
# warm-up, and prints where the server's CPU samples fall: the hottest methods by own time, and the share of samples
# that pass through each of the named frames (inclusive). The recording stays in bench/results/ for JDK Mission
# Control (`jfr print`, `jmc`).
# Usage: bench/profile.sh [h2|postgres] [N=10000] [PATH=/bench/ceiling] [SCRIPT] [DURATION=30s]
# Example: bench/profile.sh h2 10000 /v1/usertasks get-task.lua 30s
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
tasks=${2:-10000}
path=${3:-/bench/ceiling}
script=${4:-}
duration=${5:-30s}
# shellcheck source=bench/lib.sh
. bench/lib.sh
work=$(mktemp -d)
cleanup() {
	stop_server
	drop_database
	rm -rf "$work"
}
trap cleanup EXIT
build_jar
port=$(free_port)
base="http://127.0.0.1:$port"
export BENCH_TASKS=$tasks
create_and_seed
start_server
key=$(bench_key)
args=(-t"${BENCH_THREADS:-2}" -c"${BENCH_CONNECTIONS:-32}" --latency -H "Authorization: $key")
[ -z "$script" ] || args+=(-s "bench/wrk/$script")
wrk "${args[@]}" -d"${BENCH_WARMUP:-10s}" "$base$path" >/dev/null
mkdir -p bench/results
recording="$PWD/bench/results/profile-$(date -u +%Y%m%dT%H%M%SZ).jfr"
jcmd=${BENCH_JAVA:+$(dirname "$BENCH_JAVA")/}jcmd
"$jcmd" "$server" JFR.start name=bench settings=profile filename="$recording" >/dev/null
wrk "${args[@]}" -d"$duration" "$base$path" | grep -E 'Requests/sec|50%|99%|Non-2xx|Socket'
"$jcmd" "$server" JFR.stop name=bench >/dev/null
jfr print --events jdk.ExecutionSample --stack-depth 200 "$recording" | python3 bench/jfr-summary.py
echo "recording: $recording" >&2
