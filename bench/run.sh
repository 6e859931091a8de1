#!/usr/bin/env bash
# The benchmark harness (issue #6): builds the service if needed, starts it with the framework ceiling on, seeds N
# tasks of realistic shape through SQL (bench/seed.sql), runs wrk on each scenario and prints a Markdown table:
# req/s, p50, p99, errors, the ratio to the ceiling, the server's RSS; also saved to bench/results/.
# Usage: bench/run.sh [h2|postgres] [N=10000] [DURATION=15s]
# Environment: BENCH_WARMUP (15s: every scenario runs this long once before any is measured), BENCH_THREADS (2), BENCH_CONNECTIONS (32),
# BENCH_ONLY (a regular expression of the scenarios to run, e.g. 'uid|create'), BENCH_JAVA (the server's java),
# BENCH_EXPLAIN=1 (PostgreSQL: also EXPLAIN ANALYZE every scenario's statements over the seeded data),
# JAVA_OPTS (for the server).
# Needs java, wrk, curl, unzip, python3; for postgres, psql and PostgreSQL on 127.0.0.1:5432 (user postgres), where
# database usertasks_bench is dropped and created.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
tasks=${2:-10000}
duration=${3:-15s}
warmup=${BENCH_WARMUP:-15s}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-32}
case "$db" in h2 | postgres) ;; *)
	echo "usage: bench/run.sh [h2|postgres] [N] [DURATION]" >&2
	exit 2
	;;
esac
for tool in java wrk curl unzip python3; do
	command -v "$tool" >/dev/null || {
		echo "needs $tool (wrk: apt-get install wrk)" >&2
		exit 1
	}
done
# shellcheck source=bench/lib.sh
. bench/lib.sh
work=$(mktemp -d)
sampler=
cleanup() {
	[ -z "$sampler" ] || kill "$sampler" 2>/dev/null || true
	stop_server
	drop_database
	rm -rf "$work"
}
trap cleanup EXIT
build_jar
port=$(free_port)
base="http://127.0.0.1:$port"
export BENCH_TASKS=$tasks

echo "seeding $tasks tasks on $db" >&2
create_and_seed
start_server
echo "started in $started_ms ms; warming up ${warmup}, then measuring $duration, per scenario" >&2
key=$(bench_key)

count() { curl -sf -H "Authorization: $key" "$base/v1/usertasks/count?$1" | sed -E 's/.*"Total":([0-9]+).*/\1/'; }
inbox_total=$(count inbox=me)
overdue_total=$(count overdue=true)

# The server's resident memory, sampled twice a second for the whole run (kB, one line a sample).
rss="$work/rss"
: >"$rss"
(while kill -0 "$server" 2>/dev/null; do
	awk '/^VmRSS/ {print $2}' "/proc/$server/status" >>"$rss" 2>/dev/null || true
	sleep 0.5
done) &
sampler=$!

# A cursor deep in the list: the Link of the page halfway through it names the page after it.
deep_page=$((tasks / 100 / 2 > 1 ? tasks / 100 / 2 : 1))
link=$(curl -sf -D - -o /dev/null -H "Authorization: $key" "$base/v1/usertasks?page=$deep_page" | tr -d '\r' |
	sed -nE 's/^[Ll]ink: <[^?]*\?([^>]*)>.*/\1/p')
[ -n "$link" ] || {
	echo "no Link header on page $deep_page" >&2
	exit 1
}

# scenario name | what it is compared with (get, post) | request shown | auth (key or none) | path | wrk script
scenarios=(
	"ceiling GET|get|\`GET /bench/ceiling\`|none|/bench/ceiling|"
	"ceiling POST|post|\`POST /bench/ceiling\`|none|/bench/ceiling|ceiling-post.lua"
	"GET by uid|get|\`GET /v1/usertasks/{uid}\` (random task)|key|/v1/usertasks|get-task.lua"
	"list page of 100|get|\`GET /v1/usertasks?page=2\`|key|/v1/usertasks?page=2|"
	"inbox=me|get|\`GET /v1/usertasks?inbox=me\` (user bench)|key|/v1/usertasks?inbox=me|"
	"overdue=true|get|\`GET /v1/usertasks?overdue=true\`|key|/v1/usertasks?overdue=true|"
	"cursor at depth|get|\`GET /v1/usertasks?after=…\` (after page $deep_page)|key|/v1/usertasks?$link|"
	"create|post|\`POST /v1/usertasks\`|key|/v1/usertasks|create.lua"
	"add comment|post|\`POST /v1/usertasks/{uid}/comments\`|key|/v1/usertasks|comment.lua"
	"replace (PUT)|post|\`PUT /v1/usertasks\`|key|/v1/usertasks|put.lua"
	"ceiling GET, again|get|\`GET /bench/ceiling\`|none|/bench/ceiling|"
	"ceiling POST, again|post|\`POST /bench/ceiling\`|none|/bench/ceiling|ceiling-post.lua"
)

# wrk's latencies come as 812.00us, 1.20ms or 1.02s: in milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000;
	printf "%.2f", n }'; }

# Waits until the server has finished what the last scenario left running (wrk stops sending, but the server still
# answers the requests in flight): until one GET of a task takes under a second, or two minutes have passed.
wait_idle() {
	local until=$(($(date +%s) + 120)) took
	while [ "$(date +%s)" -lt "$until" ]; do
		took=$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: $key" "$base/v1/usertasks/$(
			printf '00000000-0000-4000-8000-%012d' 1)" || echo 9)
		awk -v t="$took" 'BEGIN { exit !(t < 1) }' && return
		sleep 1
	done
	echo "the server is still busy after 2 minutes; measuring anyway" >&2
}

# One line per scenario: name|kind|shown|requests|req/s|p50|p99|non-2xx|socket errors|RSS. The ratios come after
# the loop: the ceilings run first and again last (the JIT has compiled more by then), and the faster of each pair
# is the ceiling, so that a cold first run cannot flatter the ratios.
results=()
# Two rounds: the first runs every scenario for BENCH_WARMUP and keeps nothing, so that the JIT has compiled the
# code of all of them (on a slow machine, a few seconds before each scenario left later ones measured half cold);
# the second measures.
for round in warm-up measure; do
	for scenario in "${scenarios[@]}"; do
		IFS='|' read -r name kind shown auth path script <<<"$scenario"
		# BENCH_ONLY (a regular expression) picks scenarios; the ceilings always run, as the ratios need them.
		if [ -n "${BENCH_ONLY:-}" ] && [[ $name != ceiling* ]] && ! [[ $name =~ $BENCH_ONLY ]]; then
			continue
		fi
		args=(-t"$threads" -c"$connections" --latency)
		[ "$auth" = none ] || args+=(-H "Authorization: $key")
		[ -z "$script" ] || args+=(-s "bench/wrk/$script")
		echo "-- $round: $name" >&2
		wait_idle
		if [ "$round" = warm-up ]; then
			[[ $name == *again ]] || wrk "${args[@]}" -d"$warmup" "$base$path" >/dev/null
			continue
		fi
		from=$(wc -l <"$rss")
		wrk "${args[@]}" -d"$duration" "$base$path" >"$work/wrk.out"
		rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.out")
		requests=$(awk '/requests in/ {print $1}' "$work/wrk.out")
		p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$work/wrk.out")")
		p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$work/wrk.out")")
		non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.out")
		socket=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$work/wrk.out")
		rss_mb=$(tail -n +"$((from + 1))" "$rss" | sort -n | tail -1 | awk '{printf "%d", $1 / 1024}')
		results+=("$name|$kind|$shown|$requests|$rps|$p50|$p99|${non2xx:-0}|${socket:-0}|${rss_mb:-?}")
	done
done
ceiling_of() { printf '%s\n' "${results[@]}" | awk -F'|' -v c="ceiling $1" 'index($1, c) == 1 && $5 > max { max = $5 }
	END { print max + 0 }'; }
ceiling_get=$(ceiling_of GET)
ceiling_post=$(ceiling_of POST)
rows=()
for result in "${results[@]}"; do
	IFS='|' read -r name kind shown requests rps p50 p99 non2xx socket rss_mb <<<"$result"
	ceiling=$([ "$kind" = get ] && echo "$ceiling_get" || echo "$ceiling_post")
	ratio=$(awk -v r="$rps" -v c="$ceiling" 'BEGIN { printf "%.1f%%", (c > 0) ? 100 * r / c : 0 }')
	rows+=("$(printf '| %s | %s | %s | %s | %s | %s | %s / %s | %s | %s |' "$name" "$shown" "$requests" \
		"$(awk -v r="$rps" 'BEGIN { printf "%\047.0f", r }')" "$p50 ms" "$p99 ms" "$non2xx" "$socket" "$ratio" \
		"$rss_mb MB")")
done
kill "$sampler" 2>/dev/null || true
sampler=
max_rss=$(sort -n "$rss" | tail -1 | awk '{printf "%d", $1 / 1024}')

mkdir -p bench/results
out="bench/results/$db-$tasks-$(date -u +%Y%m%dT%H%M%SZ).md"
{
	echo "## $([ "$db" = h2 ] && echo "H2 (file)" || echo "PostgreSQL $(psql -X -A -t -h 127.0.0.1 -U postgres -d postgres \
		-c 'show server_version' | cut -d' ' -f1)"), $(printf "%'d" "$tasks") tasks, $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo
	echo "\`bench/run.sh $db $tasks $duration\`: wrk -t$threads -c$connections -d$duration --latency after a" \
		"warm-up round of $warmup per scenario. Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%d GB", $2 / 1048576}' \
			/proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end;" \
		"$("$server_java" -version 2>&1 | head -1); started by bin/usertasks (-Xmx${USERTASKS_HEAP:-192m} -XX:+UseSerialGC, start-up archive) JAVA_OPTS='${JAVA_OPTS:-}'; commit $(git describe --always --dirty)."
	echo
	echo "| scenario | request | requests | req/s | p50 | p99 | non-2xx / socket errors | vs ceiling | server RSS max |"
	echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
	printf '%s\n' "${rows[@]}"
	echo
	echo "Seeding $(printf "%'d" "$tasks") tasks: $seed_s s. Start to healthy: $first_start_ms ms on an empty database" \
		"(migrations), $started_ms ms with the tasks. Server RSS, max over the run: $max_rss MB." \
		"Reads are compared with the ceiling's GET, writes with its POST, each the faster of its two runs. User bench's inbox holds $inbox_total tasks;" \
		"$overdue_total are overdue."
} | tee "$out"
echo "saved to $out" >&2
# BENCH_EXPLAIN=1 on PostgreSQL: the plans of every scenario's statements over the same data, before it is dropped
# (bench/explain.sh seeds a database of its own for them).
if [ "$db" = postgres ] && [ -n "${BENCH_EXPLAIN:-}" ]; then
	stop_server
	plans="bench/results/explain-postgres-$tasks-$(date -u +%Y%m%dT%H%M%SZ).txt"
	psql_bench -f bench/explain.sql >"$plans" 2>&1
	echo "plans saved to $plans" >&2
fi
