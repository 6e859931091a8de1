# Shared by bench/run.sh and bench/explain.sh (sourced, not run): the jar, a server on a free port, seeding.
# Callers set: work (a temp dir), db (h2|postgres), tasks (N).

jar=target/usertasks-0.1.0-SNAPSHOT.jar
# The JVM that runs the server: BENCH_JAVA, e.g. a JDK 21+ where the service uses virtual threads.
server_java=${BENCH_JAVA:-java}
admin_key=bench-admin-key
pg_db=usertasks_bench
server=

psql_bench() { psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "$pg_db" "$@"; }

# Builds the jar when it is missing or older than the sources, so a run always measures the code checked out.
build_jar() {
	if [ ! -f "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]; then
		echo "building $jar" >&2
		./mvnw -q -B package -DskipTests
	fi
	# The server runs as bin/usertasks runs it; its start-up archive is made once per jar, not in a measured start.
	USERTASKS_JAR="$jar" JAVA="$server_java" bin/usertasks prepare
}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

h2_url() { echo "jdbc:h2:file:$work/data/usertasks;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"; }

# Starts the service with the ceiling on; sets server (pid) and started_ms (launch to healthy).
start_server() {
	local args=(--server.port="$port" --usertasks.bench.ceiling-enabled=true)
	if [ "$db" = postgres ]; then
		args+=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$pg_db" --spring.datasource.username=postgres
			--spring.datasource.password=)
	fi
	local t0
	t0=$(date +%s%N)
	USERTASKS_DATA_DIR="$work/data" USERTASKS_BOOTSTRAP_API_KEY="$admin_key" \
		USERTASKS_JAR="$jar" JAVA="$server_java" bin/usertasks "${args[@]}" >>"$work/server.log" 2>&1 &
	server=$!
	until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null; do
		if ! kill -0 "$server" 2>/dev/null || [ $(($(date +%s%N) - t0)) -gt 180000000000 ]; then
			echo "the service did not become healthy; its log:" >&2
			tail -40 "$work/server.log" >&2
			exit 1
		fi
		sleep 0.1
	done
	started_ms=$((($(date +%s%N) - t0) / 1000000))
}

# Drops the run's PostgreSQL database (nothing to do on H2, whose file goes with the work folder).
drop_database() {
	if [ "$db" = postgres ]; then
		psql -q -X -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $pg_db with (force)" || true
	fi
}

# Issues an API key for user bench (seeded, not an admin) and prints it.
bench_key() {
	curl -sf -X POST "$base/v1/apikeys" -H "Authorization: $admin_key" -H 'Content-Type: application/json' \
		-d '{"UserId": "bench", "Name": "bench", "Admin": false}' | sed -E 's/.*"Key":"([^"]+)".*/\1/'
}

stop_server() {
	if [ -n "$server" ]; then
		kill "$server" 2>/dev/null || true
		wait "$server" 2>/dev/null || true
		server=
	fi
}

# Creates the schema (a first start runs Flyway), then writes N tasks with bench/seed.sql while the service is
# stopped (H2 in a file admits one process at a time); sets seed_s.
create_and_seed() {
	if [ "$db" = postgres ]; then
		psql -q -X -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $pg_db with (force)" \
			-c "create database $pg_db"
	fi
	start_server
	first_start_ms=$started_ms
	stop_server
	local t0
	t0=$(date +%s)
	sed "s/__N__/$tasks/g" bench/seed.sql >"$work/seed.sql"
	if [ "$db" = postgres ]; then
		psql_bench -1 -f "$work/seed.sql"
		psql_bench -c 'vacuum analyze'
	else
		# H2's own tool, from the same jar the service runs, so the file format matches.
		unzip -q -o -j "$jar" 'BOOT-INF/lib/h2-*.jar' -d "$work"
		local h2
		h2=$(echo "$work"/h2-*.jar)
		echo 'analyze;' >>"$work/seed.sql"
		java -cp "$h2" org.h2.tools.RunScript -url "$(h2_url)" -user sa -script "$work/seed.sql"
	fi
	seed_s=$(($(date +%s) - t0))
}
