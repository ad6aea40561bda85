#!/usr/bin/env bash
# HTTP load benchmark of the running service with wrk, on loopback (the load generator shares the machine).
#
#   scripts/bench-http.sh [--db hsqldb|postgresql|both] [--rounds R] [--warmup S] [--duration S]
#                         [--submissions N] [--connections C] [--threads T] [--quiet M] [--endpoints LIST]
#                         [--rebuild] [--keep] [-o DIR]
#
#   --db           the database behind the service (default both, one after the other, side by side in the table)
#   --rounds R     measurement rounds, each measuring every endpoint once after its own baseline (default 3); the
#                  table gives the median over the rounds, each ratio taken against the baseline of its round
#   --warmup S     seconds per endpoint in each of the two warm-up rounds before anything is measured (default 10)
#   --duration S   seconds of measurement per endpoint and round (default 15)
#   --submissions N requests prepared for each round's submission run (default 4000; 1000 more for each warm-up
#                  round). A run that uses them up before its end is timed over the window it really ran (see
#                  bench.lua); its figures are then over fewer seconds, not wrong.
#   --connections C, --threads T   wrk's -c and -t (default 64 and 2)
#   --quiet M      before each database, wait up to M minutes for the machine to calm down (1-minute load average
#                  below 1); on a shared machine other tenants' builds otherwise decide the figures (default 0)
#   --endpoints LIST  the endpoints measured, a space-separated subset of "ping verify evaluate submit" in that
#                  order (default all four); ping, the baseline the ratios are taken against, is always measured.
#                  For a quick look at one endpoint, e.g. --endpoints submit --rounds 1 --warmup 5 --duration 10
#   --rebuild      build the jar even if bootstrap/target/medcert-service.jar exists
#   --profile      record the measured service with JFR (profile settings, 1 ms sampling, stack depth 512) into
#                  <db>/service.jfr, which scripts/bench-http/jfr-share.sh breaks down. Costs throughput and start-up.
#   --keep         keep the temporary directory (data, PostgreSQL cluster)
#   -o DIR         where results go (default bootstrap/target/bench-http/<jdk>-<time>)
#
# For each database: start the jar with -Xmx256m on a fresh data directory and time it to the first 200 of /ping;
# mint development tokens with the jar's `token` command; prepare requests up to AWAITING_DOCUMENTS over the API
# (PrepareSubmissions.java); warm up every endpoint, then measure in rounds: GET /ping (the baseline), public
# verification, evaluation, durable submission; read the peak heap from the GC log and jstat; stop the service and
# time three restarts on the data it left. Then print each endpoint against the targets (issue 5).
# On PostgreSQL (with verify among the endpoints), the two-instance case follows the rounds: a second instance on the
# same database and key, its public verification measured once more (verify2, against the last round's baseline),
# then three demo certificates revoked through the first instance while the second is read in a tight loop: how long
# after the first acknowledged the revocation the second answers REVOKED (RevocationSeen.java, two-instances.txt).
#
# The JDK is $JAVA_HOME if set, else the one of `java` on PATH (the README's start command), e.g.
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 scripts/bench-http.sh --db hsqldb
# The service starts as README's command starts it, with the build's class-data archive when there is one.
# Experiments: BENCH_JAVA_OPTS='-XX:+UseParallelGC' adds JVM options, BENCH_CLASS_DATA=off starts without the archive,
# BENCH_PG_OPTS='-c synchronous_commit=off' PostgreSQL server options (all printed with the results).
# Installs what it needs with apt-get (wrk, curl, postgresql for --db postgresql); PostgreSQL runs as a throw-away
# cluster in the temporary directory, as the postgres user when run as root. Takes about 7 minutes per database.
set -euo pipefail

usage() { sed -n '2,44p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

command_line="$*"
databases=(hsqldb postgresql)
rounds=3
warmup=10
duration=15
submissions=4000
warm_submissions=1000
connections=64
threads=2
quiet=0
endpoints=(ping verify evaluate submit)
rebuild=false
keep=false
profile=false
out=''
while (($# > 0)); do
    case "$1" in
        --db)
            case "${2:-}" in
                hsqldb | postgresql) databases=("$2") ;;
                both) databases=(hsqldb postgresql) ;;
                *) echo "--db takes hsqldb, postgresql or both" >&2; exit 2 ;;
            esac
            shift ;;
        --rounds) rounds="$2"; shift ;;
        --warmup) warmup="$2"; shift ;;
        --duration) duration="$2"; shift ;;
        --submissions) submissions="$2"; shift ;;
        --connections) connections="$2"; shift ;;
        --threads) threads="$2"; shift ;;
        --quiet) quiet="$2"; shift ;;
        --endpoints)
            chosen=" $2 "
            endpoints=(ping)
            for mode in verify evaluate submit; do
                [[ "$chosen" != *" $mode "* ]] || endpoints+=("$mode")
            done
            for mode in $2; do
                [[ " ping verify evaluate submit " == *" $mode "* ]] || { echo "unknown endpoint: $mode" >&2; exit 2; }
            done
            shift ;;
        --rebuild) rebuild=true ;;
        --keep) keep=true ;;
        --profile) profile=true ;;
        -o | --output) out="$2"; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done
if [[ -n "$out" && "$out" != /* ]]; then
    out="$PWD/$out"
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
lua="$root/scripts/bench-http/bench.lua"
prepare="$root/scripts/bench-http/PrepareSubmissions.java"
revocation_seen="$root/scripts/bench-http/RevocationSeen.java"

# ---------------------------------------------------------------------------------------------------- tools
install_packages() {
    local sudo=()
    if [[ "$(id -u)" != 0 ]]; then
        command -v sudo >/dev/null || { echo "need $* installed (no root, no sudo)" >&2; exit 1; }
        sudo=(sudo)
    fi
    echo "Installing $* with apt-get ..."
    "${sudo[@]}" apt-get install -y -q "$@" >/dev/null 2>&1 \
        || { "${sudo[@]}" apt-get update -q >/dev/null && "${sudo[@]}" apt-get install -y -q "$@" >/dev/null; }
}
command -v wrk >/dev/null || install_packages wrk
command -v curl >/dev/null || install_packages curl

if [[ -n "${JAVA_HOME:-}" ]]; then
    java_home="$JAVA_HOME"
else
    java_on_path="$(command -v java)" || { echo "no java on PATH and JAVA_HOME not set" >&2; exit 1; }
    java_home="$(dirname "$(dirname "$(readlink -f "$java_on_path")")")"
fi
java="$java_home/bin/java"
[[ -x "$java" && -x "$java_home/bin/jstat" && -x "$java_home/bin/jcmd" ]] \
    || { echo "not a JDK with jstat and jcmd: $java_home" >&2; exit 1; }
jdk_version="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.runtime\.version = //p')"
read -r -a java_opts <<<"-Xmx256m ${BENCH_JAVA_OPTS:-}"

jar="$root/bootstrap/target/medcert-service.jar"
if $rebuild || [[ ! -f "$jar" ]]; then
    echo "Building the service (mvn -B -q -DskipTests package) ..."
    mvn -B -q -Dstyle.color=never -DskipTests package
fi

[[ -n "$out" ]] || out="$root/bootstrap/target/bench-http/${jdk_version%%+*}-$(date +%Y%m%dT%H%M%S)"
mkdir -p "$out"
work="$(mktemp -d "${TMPDIR:-/tmp}/bench-http.XXXXXX")"
chmod 755 "$work" # the postgres user must reach its cluster inside
# A private copy: a build in this working tree while the benchmark runs must not swap the jar under the service. It
# is laid out as in the repository, with the class-data archive the build wrote beside it (cp -p: JDK 17 uses the
# archive only for the jar it was written with, by the same relative path, size and time), and the service is
# started from there as README's command starts it (BENCH_CLASS_DATA=off leaves the archive out).
mkdir -p "$work/bootstrap/target"
cp -p "$jar" "$work/bootstrap/target/medcert-service.jar"
archive_opts=()
if [[ "${BENCH_CLASS_DATA:-on}" != off && -f "$root/bootstrap/target/medcert-service.jsa" ]]; then
    cp -p "$root/bootstrap/target/medcert-service.jsa" "$work/bootstrap/target/"
    archive_opts=(-XX:SharedArchiveFile=bootstrap/target/medcert-service.jsa)
fi
jar="$work/bootstrap/target/medcert-service.jar"
cp "$lua" "$prepare" "$revocation_seen" "$work/"
lua="$work/bench.lua"
prepare="$work/PrepareSubmissions.java"
revocation_seen="$work/RevocationSeen.java"

service_pid=''
second_pid=''
extra_env=()
sampler_pid=''
pg_stop=()
pg_pid=''
cleanup() {
    [[ -z "$sampler_pid" ]] || kill "$sampler_pid" 2>/dev/null || true
    [[ -z "$second_pid" ]] || kill "$second_pid" 2>/dev/null || true
    if [[ -n "$service_pid" ]]; then
        kill "$service_pid" 2>/dev/null || true
        wait "$service_pid" 2>/dev/null || true
    fi
    ((${#pg_stop[@]} == 0)) || "${pg_stop[@]}" >/dev/null 2>&1 || true
    if $keep; then echo "Kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

free_port() {
    local port=$1
    while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    echo "$port"
}

# The status code of GET $2 on port $1, over bash's /dev/tcp (no process started: this loop times the start-up).
status_of() {
    (
        exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
        printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$2" >&3
        IFS=' ' read -r -t 5 _ code _ <&3 && echo "$code"
    ) 2>/dev/null || true
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system time of a process, in clock ticks
# The same for the PostgreSQL server: the postmaster and its children (the pool's backends live as long as the pool).
db_ticks() {
    [[ -n "$pg_pid" ]] || { echo 0; return; }
    cat /proc/[0-9]*/stat 2>/dev/null | awk -v pg="$pg_pid" '
        { pid = $1; sub(/^.*\) /, "") } # the name in brackets may hold spaces: then state, ppid, ... utime is 12th
        pid == pg || $2 == pg { sum += $12 + $13 } END { print sum + 0 }'
}
ticks_per_second="$(getconf CLK_TCK)"

# ---------------------------------------------------------------------------------------------------- PostgreSQL
# A throw-away cluster in the temporary directory, trust authentication on 127.0.0.1, default durability settings
# (fsync and synchronous_commit on). PostgreSQL refuses to run as root: then it runs as the postgres user.
start_postgres() {
    local dir="$work/pg-cluster" bin port as=()
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    if [[ -z "$bin" ]]; then
        install_packages postgresql
        bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
    fi
    mkdir -p "$dir"
    if [[ "$(id -u)" == 0 ]]; then
        chown postgres "$dir"
        as=(runuser -u postgres --)
    fi
    port="$(free_port 15432)"
    "${as[@]}" "$bin/initdb" -D "$dir/data" -U medcert -A trust -E UTF8 --no-sync >"$dir/initdb.log"
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 ${BENCH_PG_OPTS:-}" start >/dev/null
    pg_stop=("${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop)
    pg_pid="$(head -1 "$dir/data/postmaster.pid")"
    "${as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U medcert medcert
    pg_version="$("$bin/postgres" --version)"
    pg_settings="$("${as[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U medcert -d medcert -Atc \
        "SELECT string_agg(name || '=' || setting, ' ') FROM pg_settings WHERE name IN
         ('fsync','synchronous_commit','wal_sync_method','shared_buffers','max_connections')")"
    db_url="jdbc:postgresql://127.0.0.1:$port/medcert"
}

stop_postgres() {
    "${pg_stop[@]}" >/dev/null
    pg_stop=()
    pg_pid=''
}

# ---------------------------------------------------------------------------------------------------- the service
# Starts the jar in the background and times it from the process start to the first 200 of /ping (started_ms).
start_service() {
    local dir=$1 log=$2 start settings extra=()
    if $profile && [[ $log == service ]]; then
        extra=(-XX:StartFlightRecording:filename="$dir/service.jfr",settings=profile,method-profiling=max,maxsize=2g
            -XX:FlightRecorderOptions:stackdepth=512)
    fi
    # thousands of requests of two demo persons are prepared: their consent codes are not limited per person
    settings=(MEDCERT_PORT="$port" MEDCERT_DATA_DIR="$dir/data"
        MEDCERT_VERIFY_RATE_PER_MINUTE=1000000000 MEDCERT_VERIFY_BURST=1000000
        MEDCERT_CONSENT_CODES_PER_PERSON_HOUR=1000000000)
    # the demo on another database is asked for by name (demo tokens, consent code, signatures and certificates)
    [[ -z "$db_url" ]] || settings+=(MEDCERT_DB_URL="$db_url" MEDCERT_DB_USER="$db_user" MEDCERT_DB_PASSWORD=
                                     MEDCERT_DEMO=true)
    settings+=(${extra_env[@]+"${extra_env[@]}"})
    start="$(now_ms)"
    (cd "$work" && exec env "${settings[@]}" "$java" "${java_opts[@]}" ${archive_opts[@]+"${archive_opts[@]}"} \
        ${extra[@]+"${extra[@]}"} -Xlog:gc:file="$dir/$log.gc.log" -jar bootstrap/target/medcert-service.jar) \
        >"$dir/$log.log" 2>&1 &
    service_pid=$!
    until [[ "$(status_of "$port" /ping)" == 200 ]]; do
        if ! kill -0 "$service_pid" 2>/dev/null; then
            echo "the service died; see $dir/$log.log" >&2
            tail "$dir/$log.log" >&2
            exit 1
        fi
        (($(now_ms) - start < 120000)) || { echo "no answer from /ping in 120 s" >&2; exit 1; }
        sleep 0.01
    done
    started_ms=$(($(now_ms) - start))
}

# What the service itself logs as its start-up time (from the JVM's start to the end of MedCertService.start).
own_start_ms() { sed -n 's/.*started in \([0-9]*\) ms.*/\1/p' "$1" | head -1; }

stop_service() {
    kill -TERM "$service_pid"
    wait "$service_pid" || true
    service_pid=''
}

# The service's cumulative GC time (ms) and number of collections, from jstat.
# A jstat that cannot attach in time (a loaded machine, a JVM just started) counts as "0 0" rather than ending the run.
gc_totals() {
    local totals
    totals="$("$java_home/bin/jstat" -gc "$service_pid" 2>/dev/null | awk '
        NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
        { printf "%.0f %d", $col["GCT"] * 1000, $col["YGC"] + $col["FGC"] }')" || true
    echo "${totals:-0 0}"
}

# One wrk run; prints wrk's BENCH line (see bench.lua) extended with the service's CPU time, its GC time and count,
# and the 1-minute load average before and after.
wrk_run() {
    local mode=$1 seconds=$2 ids=$3 name=$4 before after gc_before gc_after load_before line
    gc_before="$(gc_totals)"
    load_before="$(loadavg | cut -d' ' -f1)"
    before="$(cpu_ticks "$service_pid") $(db_ticks)"
    BENCH_MODE="$mode" BENCH_TOKEN="$evaluation_token" BENCH_IDS="$ids" BENCH_TOKENS="$tokens" \
        BENCH_THREADS="$threads" wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -s "$lua" \
        "http://127.0.0.1:$port" >"$dir/wrk-$name.txt" 2>&1 || true
    after="$(cpu_ticks "$service_pid") $(db_ticks)"
    gc_after="$(gc_totals)"
    line="$(grep '^BENCH ' "$dir/wrk-$name.txt")" \
        || { echo "wrk failed:" >&2; cat "$dir/wrk-$name.txt" >&2; exit 1; }
    echo "$line cpu_ms=$(((${after% *} - ${before% *}) * 1000 / ticks_per_second))" \
        "db_cpu_ms=$(((${after#* } - ${before#* }) * 1000 / ticks_per_second))" \
        "gc_ms=$((${gc_after% *} - ${gc_before% *})) gcs=$((${gc_after#* } - ${gc_before#* }))" \
        "load=$load_before-$(loadavg | cut -d' ' -f1)"
}

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
socket_errors() { echo $(($(field connect "$1") + $(field read "$1") + $(field write "$1") + $(field timeout "$1"))); }

# The disk's ceiling for durable writes: synced 8 kB writes a second (dd with O_DSYNC, each write reaching the disk
# before the next, as a commit's WAL flush does), on the file system of the data directories. Prints the rate.
fsync_ceiling() {
    local seconds
    seconds="$(dd if=/dev/zero of="$work/fsync.test" bs=8k count=2000 oflag=dsync 2>&1 \
        | sed -n 's/.* copied, \([0-9.]*\) s.*/\1/p')"
    rm -f "$work/fsync.test"
    awk -v s="$seconds" 'BEGIN { printf "%.0f", (s > 0 ? 2000 / s : 0) }'
}

# ---------------------------------------------------------------------------------------------------- two instances
# A second instance on the same PostgreSQL database and service key: its verification measured once (verify2), then
# the time from a revocation acknowledged by the first to the second answering REVOKED.
two_instances() {
    local first_port=$port first_pid=$service_pid line seconds numbers=(MC-2022-00000002-3 MC-2022-00000003-8
        MC-2021-00000001-6) officers="$dir/officers.txt" department
    port="$(free_port $((port + 1)))"
    mkdir -p "$dir/second"
    extra_env=(MEDCERT_KEY_FILE="$dir/data/service.key")
    start_service "$dir/second" second
    extra_env=()
    second_pid=$service_pid
    echo "  two instances: the second started in $started_ms ms; warming it up (2 x ${warmup} s), measuring its" \
        "verification (${duration} s) ..."
    wrk_run verify "$warmup" /dev/null "warmup1-verify2" >/dev/null
    wrk_run verify "$warmup" /dev/null "warmup2-verify2" >/dev/null
    line="$(wrk_run verify "$duration" /dev/null "round$rounds-verify2")"
    echo "$line" >>"$dir/bench-lines.txt"
    seconds="$(field duration_us "$line")"
    awk -v db="$db" -v r="$rounds" -v a="$(field acknowledged "$line")" -v s="$seconds" \
        -v n="$(field requests "$line")" -v p50="$(field p50_us "$line")" -v p99="$(field p99_us "$line")" \
        -v cpu="$(field cpu_ms "$line")" -v dbcpu="$(field db_cpu_ms "$line")" -v gc="$(field gc_ms "$line")" \
        -v errors="status:$(field status_errors "$line") socket:$(socket_errors "$line")" \
        -v note="second instance; load $(field load "$line")" 'BEGIN {
            printf "%s\t%s\tverify2\t%.0f\t%.2f\t%.2f\t%.0f\t%.0f\t%.1f\t%s\t%s\n", db, r, a / s * 1e6, p50 / 1000,
                p99 / 1000, (n > 0 ? cpu * 1000 / n : 0), (n > 0 ? dbcpu * 1000 / n : 0), gc * 1e5 / s, errors, note
        }' >>"$results"
    printf '    second instance verify2 %8.0f/s  p50 %7.2f ms  p99 %7.2f ms\n' $(tail -1 "$results" | cut -f4-6)
    : >"$officers"
    for department in $(for n in "${numbers[@]}"; do
            curl -s "http://127.0.0.1:$port/api/v1/public/certificates/$n" | grep -o '"issuer":{"code":"[A-Z_]*"' \
                | cut -d'"' -f6; done | sort -u); do
        echo "$department $("$java" -jar "$jar" token officer bench-officer "$department" 2>/dev/null)" >>"$officers"
    done
    "$java" "$revocation_seen" "http://127.0.0.1:$first_port" "http://127.0.0.1:$port" "$officers" "${numbers[@]}" \
        | tee "$dir/two-instances.txt" | sed 's/^/    /'
    printf '%s\t%s\n' "$db" "$(sed -n 's/^SEEN_MAX ms=\([0-9.]*\) count=\([0-9]*\).*/\1\t\2/p' "$dir/two-instances.txt")" \
        >>"$out/two-instances.tsv"
    stop_service
    second_pid=''
    port=$first_port
    service_pid=$first_pid
}

# ---------------------------------------------------------------------------------------------------- one suite
results="$out/results.tsv"
printf 'db\tround\tendpoint\tacknowledged_per_s\tp50_ms\tp99_ms\tcpu_us_per_request\tdb_cpu_us_per_request\tgc_percent\terrors\tnote\n' \
    >"$results"
: >"$out/startup.tsv"
: >"$out/heap.tsv"
: >"$out/two-instances.tsv"
: >"$out/fsync.tsv"

run_suite() {
    local db=$1 mode line round first_start_ms
    dir="$work/$db"
    mkdir -p "$dir"
    port="$(free_port 18080)"
    db_url='' db_user='' pg_version='' pg_settings='' # HSQLDB: the default, a file database in the data directory
    if [[ $db == postgresql ]]; then
        start_postgres
        db_user=medcert
        echo "  $pg_version: $pg_settings"
    fi

    echo "  starting the service (fresh data directory) ..."
    start_service "$dir" service
    first_start_ms=$started_ms
    echo "  first start: $first_start_ms ms to the first 200 of /ping"
    "$java_home/bin/jstat" -gc "$service_pid" 250 >"$dir/jstat.txt" 2>&1 &
    sampler_pid=$!

    tokens="$dir/tokens.txt"
    : >"$tokens"
    for iin in 850412413718 990203317687; do # demo persons P01 and P02
        echo "$iin $("$java" -jar "$jar" token applicant "$iin" 2>/dev/null)" >>"$tokens"
    done
    evaluation_token="$(awk 'NR == 1 {print $2}' "$tokens")"

    if [[ " ${endpoints[*]} " == *" submit "* ]]; then
        local total=$((2 * warm_submissions + rounds * submissions))
        echo "  preparing $total requests up to AWAITING_DOCUMENTS over the API ..."
        "$java" "$prepare" "http://127.0.0.1:$port" "$total" 16 "$dir/prepared.txt" "$tokens" 2>&1 | sed 's/^ */  /'
        # one slice of the prepared requests for each submission run: two warm-up rounds, then the measured rounds
        awk -v w="$warm_submissions" -v n="$submissions" -v d="$dir" '
            { file = NR <= 2 * w ? d "/ids-warmup" (NR <= w ? 1 : 2) ".txt" : d "/ids-round" int((NR - 2 * w - 1) / n + 1) ".txt"
              print > file }' "$dir/prepared.txt"
    fi

    echo "  warming up: two rounds of ${warmup} s per endpoint ..."
    for round in 1 2; do
        for mode in "${endpoints[@]}"; do
            line="$(wrk_run "$mode" "$warmup" "$dir/ids-warmup$round.txt" "warmup$round-$mode")"
            local seconds="$(field duration_us "$line")"
            [[ "$(field active_us "$line")" == 0 ]] || seconds="$(field active_us "$line")"
            printf '    %-9s %8.0f requests/s  errors: %s status, %s socket\n' "$mode" \
                "$(awk -v n="$(field requests "$line")" -v d="$seconds" 'BEGIN {print n / d * 1e6}')" \
                "$(field status_errors "$line")" "$(socket_errors "$line")"
        done
    done

    local fsyncs
    fsyncs="$(fsync_ceiling)"
    printf '%s\t%s\n' "$db" "$fsyncs" >>"$out/fsync.tsv"
    echo "  the disk: $fsyncs synced 8 kB writes/s (dd oflag=dsync, 2000 writes)"
    echo "  measuring: $rounds rounds of ${duration} s per endpoint ..."
    for round in $(seq 1 "$rounds"); do
        for mode in "${endpoints[@]}"; do
            line="$(wrk_run "$mode" "$duration" "$dir/ids-round$round.txt" "round$round-$mode")"
            echo "$line" >>"$dir/bench-lines.txt"
            local seconds errors note=''
            seconds="$(field duration_us "$line")"
            if [[ $mode == submit && "$(field active_us "$line")" -gt 0 ]]; then
                seconds="$(field active_us "$line")" # a thread that used up its share stopped early
            fi
            errors="status:$(field status_errors "$line") socket:$(socket_errors "$line")"
            [[ $mode != submit ]] || errors="non-2xx:$(field others "$line") socket:$(socket_errors "$line")"
            [[ "$(field exhausted "$line")" == 0 ]] \
                || note="used up its prepared requests after $((seconds / 1000)) ms; "
            note="${note}load $(field load "$line")"
            awk -v db="$db" -v r="$round" -v e="$mode" -v a="$(field acknowledged "$line")" -v s="$seconds" \
                -v n="$(field requests "$line")" -v p50="$(field p50_us "$line")" -v p99="$(field p99_us "$line")" \
                -v cpu="$(field cpu_ms "$line")" -v dbcpu="$(field db_cpu_ms "$line")" -v gc="$(field gc_ms "$line")" \
                -v errors="$errors" -v note="$note" -v d="$(field duration_us "$line")" 'BEGIN {
                    printf "%s\t%s\t%s\t%.0f\t%.2f\t%.2f\t%.0f\t%.0f\t%.1f\t%s\t%s\n", db, r, e, a / s * 1e6, p50 / 1000,
                        p99 / 1000, (n > 0 ? cpu * 1000 / n : 0), (n > 0 ? dbcpu * 1000 / n : 0), gc * 1e5 / d, errors,
                        note }' >>"$results"
            printf '    round %s %-9s %8.0f/s  p50 %7.2f ms  p99 %7.2f ms  cpu %5.0f + %4.0f us/request  gc %4.1f%%  %s\n' \
                $(tail -1 "$results" | cut -f2-9) "$(tail -1 "$results" | cut -f10-11)"
        done
    done

    if [[ $db == postgresql && " ${endpoints[*]} " == *" verify "* ]]; then
        two_instances
    fi

    # Heap: the limit is -Xmx256m; the peak used is the largest "before" of the GC log (the heap just before a
    # collection) and, sampled every 250 ms, eden + survivors + old of jstat.
    "$java_home/bin/jcmd" "$service_pid" GC.heap_info >"$dir/heap-info.txt" 2>&1 || true
    grep -E '^(VmHWM|VmRSS)' "/proc/$service_pid/status" >"$dir/rss.txt" || true
    kill "$sampler_pid" 2>/dev/null || true
    wait "$sampler_pid" 2>/dev/null || true
    sampler_pid=''
    stop_service
    local heap_gc_mb heap_jstat_mb gc_count rss_mb oom
    heap_gc_mb="$(grep -oE '[0-9]+[KMG]->[0-9]+[KMG]\([0-9]+[KMG]\)' "$dir/service.gc.log" | awk -F'->' '
        { v = $1; u = substr(v, length(v)); v = substr(v, 1, length(v) - 1) + 0
          if (u == "K") v /= 1024; if (u == "G") v *= 1024; if (v > max) max = v }
        END { printf "%.0f", max }')"
    heap_jstat_mb="$(awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
        $1 ~ /^[0-9.]+$/ { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (used > max) max = used }
        END { printf "%.0f", max / 1024 }' "$dir/jstat.txt")"
    gc_count="$(grep -c 'Pause' "$dir/service.gc.log" || true)"
    rss_mb="$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "$dir/rss.txt")"
    oom="$(grep -c 'OutOfMemoryError' "$dir/service.log" || true)"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$db" "$heap_gc_mb" "$heap_jstat_mb" "$gc_count" "$rss_mb" "$oom" >>"$out/heap.tsv"
    echo "  heap: limit 256 MB; peak used $heap_gc_mb MB (GC log), $heap_jstat_mb MB (jstat); $gc_count GC pauses;" \
        "peak RSS $rss_mb MB; OutOfMemoryError: $oom"

    printf '%s\t%s\t%s\t%s\n' "$db" "first start, fresh data directory" "$first_start_ms" \
        "$(own_start_ms "$dir/service.log")" >>"$out/startup.tsv"
    for round in 1 2 3; do
        start_service "$dir" "restart$round"
        stop_service
        printf '%s\t%s\t%s\t%s\n' "$db" "restart $round on the run's data" "$started_ms" \
            "$(own_start_ms "$dir/restart$round.log")" >>"$out/startup.tsv"
        echo "  restart $round: $started_ms ms to the first 200 of /ping"
    done
    [[ $db != postgresql ]] || stop_postgres

    mkdir -p "$out/$db"
    cp "$dir"/*.log "$dir"/wrk-*.txt "$dir"/jstat.txt "$dir"/heap-info.txt "$dir"/rss.txt "$dir"/bench-lines.txt \
        "$out/$db/"
    [[ ! -f "$dir/two-instances.txt" ]] || cp "$dir/two-instances.txt" "$dir/second"/*.log "$out/$db/"
    [[ $db != postgresql ]] || cp "$work/pg-cluster/server.log" "$out/$db/postgresql.log"
    ! $profile || cp "$dir/service.jfr" "$out/$db/"
}

wait_quiet() {
    local deadline=$(($(date +%s) + quiet * 60))
    ((quiet > 0)) || return 0
    while awk '{exit !($1 >= 1)}' /proc/loadavg && (($(date +%s) < deadline)); do
        sleep 10
    done
    echo "  load average $(loadavg) at $(date -u +%H:%M:%SZ)"
}

# ---------------------------------------------------------------------------------------------------- report
# Targets (issue 5): evaluation >= 40 % of the baseline's requests/s, verification >= 50 %, durable submission >= 500
# acknowledged/s, every p99 <= 2 x the baseline's p99, start-up <= 2 s, heap <= 256 MB. Each figure is the median
# over the rounds; the ratios are taken within each round (against that round's baseline) before the median.
report() {
    awk -F'\t' '
        function median(list,    v, k, i, j, t) {
            k = split(list, v, " ")
            for (i = 2; i <= k; i++) for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
            return k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2
        }
        function add(key, value) { values[key] = values[key] (values[key] == "" ? "" : " ") value }
        FNR == 1 { next }
        {
            db = $1; r = $2; e = $3
            if (!(db in seen)) { seen[db] = 1; dbs[++ndb] = db }
            rate[db, r, e] = $4; p99[db, r, e] = $6
            add(db SUBSEP e SUBSEP "rate", $4); add(db SUBSEP e SUBSEP "p50", $5); add(db SUBSEP e SUBSEP "p99", $6)
            add(db SUBSEP e SUBSEP "cpu", $7); add(db SUBSEP e SUBSEP "dbcpu", $8); add(db SUBSEP e SUBSEP "gc", $9)
            if ($10 !~ /^(status:0 socket:0|non-2xx:- socket:0)$/) errors[db, e] = errors[db, e] " r" r ":" $10
            rounds[db, r] = 1
        }
        END {
            split("ping verify verify2 evaluate submit", order, " ")
            name["ping"] = "baseline GET /ping"; name["verify"] = "verification GET /api/v1/public/certificates/{n}"
            name["verify2"] = "verification, on a second instance"
            name["evaluate"] = "evaluation POST /api/v1/evaluations"
            name["submit"] = "submission POST /api/v1/requests/{id}/submission"
            printf "%-10s %-50s %8s %7s %7s %7s %6s %7s %6s %5s  %-8s %s\n", "db", "endpoint", "req/s", "p50 ms",
                "p99 ms", "x base", "p99 x", "cpu us", "db us", "gc %", "target", "result"
            for (d = 1; d <= ndb; d++) {
                db = dbs[d]
                for (o = 1; o <= 5; o++) {
                    e = order[o]; ratios = ""; p99s = ""
                    for (r = 1; (db, r) in rounds; r++) {
                        if ((db, r, e) in rate) {
                            ratios = ratios " " rate[db, r, e] / rate[db, r, "ping"]
                            p99s = p99s " " p99[db, r, e] / p99[db, r, "ping"]
                        }
                    }
                    if (ratios == "") continue
                    ratio = median(ratios); p99x = median(p99s); rps = median(values[db, e, "rate"])
                    target = ""; ok = 1
                    if (e == "verify" || e == "verify2") { target = ">=50%"; ok = ratio >= 0.5 }
                    if (e == "evaluate") { target = ">=40%"; ok = ratio >= 0.4 }
                    if (e == "submit") { target = ">=500/s"; ok = rps >= 500 }
                    verdict = target == "" ? "" : (ok ? "PASS" : "FAIL") " rate, " (p99x <= 2 ? "PASS" : "FAIL") " p99"
                    if ((db, e) in errors) verdict = verdict " ERRORS" errors[db, e]
                    printf "%-10s %-50s %8.0f %7.2f %7.2f %6.0f%% %6.1f %7.0f %6.0f %5.1f  %-8s %s\n", db, name[e], rps,
                        median(values[db, e, "p50"]), median(values[db, e, "p99"]), ratio * 100, p99x,
                        median(values[db, e, "cpu"]), median(values[db, e, "dbcpu"]), median(values[db, e, "gc"]), target,
                        verdict
                }
            }
        }' "$results"
}
# ---------------------------------------------------------------------------------------------------- run
main() {
    {
        echo "HTTP load benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ): scripts/bench-http.sh $command_line${BENCH_JAVA_OPTS:+ (BENCH_JAVA_OPTS=$BENCH_JAVA_OPTS)}${BENCH_PG_OPTS:+ (BENCH_PG_OPTS=$BENCH_PG_OPTS)}"
        echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(uname -sr), load average $(loadavg)"
        echo "JDK: $java_home ($jdk_version), JVM options: ${java_opts[*]} ${archive_opts[*]}"
        echo "wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $threads threads, $connections connections; warm-up 2 x ${warmup} s, $rounds rounds of ${duration} s per endpoint (${endpoints[*]})"
        echo "Jar: bootstrap/target/medcert-service.jar of $(date -u -r "$root/bootstrap/target/medcert-service.jar" +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
    } | tee "$out/header.txt"
    for db in "${databases[@]}"; do
        echo
        echo "== $db"
        wait_quiet
        run_suite "$db"
    done

    {
        echo
        echo "== Results: medians over $rounds rounds. req/s: acknowledged (2xx) answers per second; x base: of the baseline"
        echo "   (/ping) of the same round; p99 x: p99 as a multiple of that baseline's; cpu us: the service's CPU time"
        echo "   (user + system) per request; db us: the PostgreSQL server's CPU time per request (HSQLDB runs inside the"
        echo "   service); gc %: share of the run's wall time the service spent in GC"
        report
        echo
        while IFS=$'\t' read -r db what ms own; do
            printf '%-10s start-up, %-34s %5s ms to the first 200 of /ping (its log: %s ms)\n' "$db" "$what:" "$ms" "${own:-?}"
        done <"$out/startup.tsv"
        awk -F'\t' '
            { if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 }
              if ($2 ~ /^first/) fresh[$1] = $3; else restarts[$1] = restarts[$1] " " $3 }
            END { for (i = 1; i <= n; i++) {
                      db = order[i]; k = split(restarts[db], v, " ")
                      for (a = 2; a <= k; a++) for (b = a; b > 1 && v[b - 1] + 0 > v[b] + 0; b--) { t = v[b]; v[b] = v[b - 1]; v[b - 1] = t }
                      m = k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2
                      printf "%-10s start-up (target <= 2000 ms): first start %d ms: %s; restarts, median of %d: %d ms: %s\n", db,
                          fresh[db], fresh[db] <= 2000 ? "PASS" : "FAIL", k, m, m <= 2000 ? "PASS" : "FAIL" } }' "$out/startup.tsv"
        while IFS=$'\t' read -r db fsyncs; do
            awk -F'\t' -v db="$db" -v f="$fsyncs" '
                $1 == db && $3 == "submit" { v[++n] = $4 }
                END { for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
                      m = n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
                      if (n > 0) printf "%-10s the disk: %d synced 8 kB writes/s; durable submissions (median %.0f/s) reach %.0f %% of that ceiling\n", db, f, m, (f > 0 ? m * 100 / f : 0)
                      else printf "%-10s the disk: %d synced 8 kB writes/s\n", db, f }' "$results"
        done <"$out/fsync.tsv"
        while IFS=$'\t' read -r db ms count; do
            printf '%-10s two instances: a revocation acknowledged by one is answered REVOKED by the other after at most %s ms (%s revocations, %s reads still answered the old status after it; README states the bound)\n' \
                "$db" "${ms:-?}" "${count:-0}" "$(awk -F'stale_reads=' 'NF > 1 { n += $2 } END { print n + 0 }' \
                    "$out/$db/two-instances.txt" 2>/dev/null)"
        done <"$out/two-instances.tsv"
        while IFS=$'\t' read -r db gc jstat pauses rss oom; do
            printf '%-10s heap: -Xmx256m; peak used %s MB (GC log) / %s MB (jstat every 250 ms); %s GC pauses; peak RSS %s MB; OutOfMemoryError: %s: %s\n' \
                "$db" "$gc" "$jstat" "$pauses" "$rss" "$oom" "$( ((oom == 0)) && echo PASS || echo FAIL)"
        done <"$out/heap.tsv"
    } | tee "$out/summary.txt"
    echo
    echo "Results in $out (header.txt, summary.txt, results.tsv; per database: service and GC logs, wrk outputs, jstat)"
}

# Everything above is parsed before anything runs, so editing this file during a run does not disturb it.
main; exit
