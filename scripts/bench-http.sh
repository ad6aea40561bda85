#!/usr/bin/env bash
# HTTP load benchmark of the running service with wrk, on loopback (the load generator shares the machine).
#
#   scripts/bench-http.sh [--db hsqldb|postgresql|both] [--warmup S] [--duration S] [--submissions N]
#                         [--connections C] [--threads T] [--rebuild] [--keep] [-o DIR]
#
#   --db           the database behind the service (default both, one after the other, side by side in the table)
#   --warmup S     seconds of load per endpoint before anything is measured (default 15)
#   --duration S   seconds of measurement per endpoint (default 20)
#   --submissions N requests prepared for the measured submission run (default 8000; 2000 more for the warm-up).
#                  A run that uses them up before the end says so and is timed over the window it ran.
#   --connections C, --threads T   wrk's -c and -t (default 64 and 2)
#   --quiet M      before each database, wait up to M minutes for the machine to calm down (1-minute load average
#                  below 1); on a shared machine other tenants' builds otherwise decide the figures (default 0)
#   --rebuild      build the jar even if bootstrap/target/medcert-service.jar exists
#   --keep         keep the temporary directory (data, PostgreSQL cluster)
#   -o DIR         where results go (default bootstrap/target/bench-http/<jdk>-<time>)
#
# For each database: start the jar with -Xmx256m on a fresh data directory and time it to the first 200 of /ping;
# mint development tokens with the jar's `token` command; prepare requests up to AWAITING_DOCUMENTS over the API
# (PrepareSubmissions.java); warm up every endpoint, then measure each in turn: GET /ping (the baseline), public
# verification, evaluation, submission, and /ping again (drift check); read the peak heap from the GC log and jstat;
# stop the service and time a restart on the data it left. Then print each endpoint against the targets.
#
# The JDK is $JAVA_HOME if set, else the one of `java` on PATH (the README's start command), e.g.
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 scripts/bench-http.sh --db hsqldb
# Extra JVM options for experiments: BENCH_JAVA_OPTS='-XX:+UseSerialGC' (printed with the results).
# Installs what it needs with apt-get (wrk, curl, postgresql for --db postgresql); PostgreSQL runs as a throw-away
# cluster in the temporary directory, as the postgres user when run as root. Takes about 4 minutes per database.
set -euo pipefail

usage() { sed -n '2,29p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

databases=(hsqldb postgresql)
warmup=15
duration=20
submissions=8000
warm_submissions=2000
connections=64
threads=2
quiet=0
rebuild=false
keep=false
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
        --warmup) warmup="$2"; shift ;;
        --duration) duration="$2"; shift ;;
        --submissions) submissions="$2"; shift ;;
        --connections) connections="$2"; shift ;;
        --threads) threads="$2"; shift ;;
        --quiet) quiet="$2"; shift ;;
        --rebuild) rebuild=true ;;
        --keep) keep=true ;;
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
# A private copy: a build in this working tree while the benchmark runs must not swap the jar under the service.
cp "$jar" "$work/medcert-service.jar"
jar="$work/medcert-service.jar"

service_pid=''
sampler_pid=''
pg_stop=()
cleanup() {
    [[ -z "$sampler_pid" ]] || kill "$sampler_pid" 2>/dev/null || true
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
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
    pg_stop=("${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop)
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
}

# ---------------------------------------------------------------------------------------------------- the service
# Starts the jar in the background and times it from the process start to the first 200 of /ping (started_ms).
start_service() {
    local dir=$1 log=$2 start settings
    settings=(MEDCERT_PORT="$port" MEDCERT_DATA_DIR="$dir/data"
        MEDCERT_VERIFY_RATE_PER_MINUTE=1000000000 MEDCERT_VERIFY_BURST=1000000)
    [[ -z "$db_url" ]] || settings+=(MEDCERT_DB_URL="$db_url" MEDCERT_DB_USER="$db_user" MEDCERT_DB_PASSWORD=)
    start="$(now_ms)"
    env "${settings[@]}" "$java" "${java_opts[@]}" -Xlog:gc:file="$dir/$log.gc.log" -jar "$jar" >"$dir/$log.log" 2>&1 &
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

# One wrk run; prints wrk's BENCH line (see bench.lua) extended with the load average and the service's CPU time.
wrk_run() {
    local mode=$1 seconds=$2 ids=${3:-} before after load_before
    load_before="$(loadavg | cut -d' ' -f1)"
    before="$(cpu_ticks "$service_pid")"
    BENCH_MODE="$mode" BENCH_TOKEN="$evaluation_token" BENCH_IDS="$ids" BENCH_TOKENS="$tokens" \
        BENCH_THREADS="$threads" wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -s "$lua" \
        "http://127.0.0.1:$port" >"$dir/wrk-$mode-$phase.txt" 2>&1 || true
    after="$(cpu_ticks "$service_pid")"
    local line
    line="$(grep '^BENCH ' "$dir/wrk-$mode-$phase.txt")" \
        || { echo "wrk failed:" >&2; cat "$dir/wrk-$mode-$phase.txt" >&2; exit 1; }
    echo "$line cpu_ms=$(((after - before) * 1000 / ticks_per_second)) load=$load_before-$(loadavg | cut -d' ' -f1)"
}

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

# ---------------------------------------------------------------------------------------------------- one suite
results="$out/results.tsv"
printf 'db\tendpoint\trequests_per_s\tacknowledged_per_s\tp50_ms\tp99_ms\tcpu_us_per_request\terrors\tnote\n' \
    >"$results"

run_suite() {
    local db=$1
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
    local first_start_ms=$started_ms
    echo "  first start: $first_start_ms ms to the first 200 of /ping"
    "$java_home/bin/jstat" -gc "$service_pid" 250 >"$dir/jstat.txt" 2>&1 &
    sampler_pid=$!

    tokens="$dir/tokens.txt"
    : >"$tokens"
    for iin in 850412413718 990203317687; do # demo persons P01 and P02
        echo "$iin $("$java" -jar "$jar" token applicant "$iin" 2>/dev/null)" >>"$tokens"
    done
    evaluation_token="$(awk 'NR == 1 {print $2}' "$tokens")"

    echo "  preparing $((warm_submissions + submissions)) requests up to AWAITING_DOCUMENTS over the API ..."
    "$java" "$prepare" "http://127.0.0.1:$port" "$((warm_submissions + submissions))" 16 "$dir/prepared.txt" \
        "$tokens" 2>&1 | sed 's/^ *//; s/^/  /'
    head -n "$warm_submissions" "$dir/prepared.txt" >"$dir/warm-ids.txt"
    tail -n +"$((warm_submissions + 1))" "$dir/prepared.txt" >"$dir/ids.txt"

    phase=warmup
    echo "  warming up, ${warmup} s per endpoint ..."
    for mode in ping verify evaluate submit; do
        local line
        line="$(wrk_run "$mode" "$warmup" "$dir/warm-ids.txt")"
        echo "    $mode: $(awk -v n="$(field requests "$line")" -v d="$(field duration_us "$line")" \
            'BEGIN {printf "%.0f", n / d * 1e6}') requests/s, errors: $(field status_errors "$line") status," \
            "$(($(field connect "$line") + $(field read "$line") + $(field write "$line") + $(field timeout "$line"))) socket"
    done

    phase=measure
    echo "  measuring, ${duration} s per endpoint ..."
    for mode in ping verify evaluate submit ping2; do
        local line m=${mode%2} requests seconds rate ack
        line="$(wrk_run "$m" "$duration" "$dir/ids.txt")"
        echo "$line" >>"$dir/bench-lines.txt"
        requests="$(field requests "$line")"
        seconds="$(field duration_us "$line")"
        ack="$(field acknowledged "$line")"
        if [[ $m == submit && "$(field active_us "$line")" -gt 0 ]]; then
            seconds="$(field active_us "$line")" # the thread(s) that used up their share stopped early
        fi
        local endpoint
        case $mode in
            ping) endpoint='baseline GET /ping' ;;
            ping2) endpoint='baseline again (drift)' ;;
            verify) endpoint='verification GET /api/v1/public/certificates/{n}' ;;
            evaluate) endpoint='evaluation POST /api/v1/evaluations' ;;
            submit) endpoint='submission POST /api/v1/requests/{id}/submission' ;;
        esac
        local errors note=''
        errors="status:$(field status_errors "$line") socket:$(($(field connect "$line") + $(field read "$line") \
            + $(field write "$line") + $(field timeout "$line")))"
        [[ $m != submit ]] || errors="non-2xx:$(field others "$line") socket:${errors#*socket:}"
        [[ "$(field exhausted "$line")" == 0 ]] \
            || note="prepared requests used up by $(field exhausted "$line") of $threads threads; timed over $((seconds / 1000)) ms"
        note="${note:+$note; }load $(field load "$line")"
        awk -v OFS='\t' -v db="$db" -v e="$endpoint" -v n="$requests" -v a="$ack" -v s="$seconds" \
            -v p50="$(field p50_us "$line")" -v p99="$(field p99_us "$line")" -v cpu="$(field cpu_ms "$line")" \
            -v errors="$errors" -v note="$note" 'BEGIN {
                printf "%s\t%s\t%.0f\t%.0f\t%.2f\t%.2f\t%.0f\t%s\t%s\n", db, e, n / s * 1e6, a / s * 1e6, p50 / 1000,
                    p99 / 1000, (n > 0 ? cpu * 1000 / n : 0), errors, note }' >>"$results"
        echo "    $(tail -1 "$results" | cut -f2-7 | tr '\t' ' ')"
    done

    # Heap: the limit is -Xmx256m; the peak used is the largest "before" of the GC log (the heap just before a
    # collection) and, sampled every 250 ms, eden + survivors + old of jstat.
    "$java_home/bin/jcmd" "$service_pid" GC.heap_info >"$dir/heap-info.txt" 2>&1 || true
    grep -E '^(VmHWM|VmRSS)' "/proc/$service_pid/status" >"$dir/rss.txt" || true
    kill "$sampler_pid" 2>/dev/null || true
    wait "$sampler_pid" 2>/dev/null || true
    sampler_pid=''
    stop_service
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

    echo "  restarting on the data it left ..."
    start_service "$dir" restart
    local restart_ms=$started_ms
    stop_service
    [[ $db != postgresql ]] || stop_postgres

    printf '%s\t%s\t%s\t%s\n' "$db" "fresh data directory" "$first_start_ms" "$(own_start_ms "$dir/service.log")" \
        >>"$out/startup.tsv"
    printf '%s\t%s\t%s\t%s\n' "$db" "restart on the run's data" "$restart_ms" "$(own_start_ms "$dir/restart.log")" \
        >>"$out/startup.tsv"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$db" "$heap_gc_mb" "$heap_jstat_mb" "$gc_count" "$rss_mb" "$oom" >>"$out/heap.tsv"
    echo "  restart: $restart_ms ms to the first 200 of /ping"
    echo "  heap: limit 256 MB; peak used $heap_gc_mb MB (GC log), $heap_jstat_mb MB (jstat); $gc_count GC pauses;" \
        "peak RSS $rss_mb MB; OutOfMemoryError: $oom"
    mkdir -p "$out/$db"
    cp "$dir"/*.log "$dir"/wrk-*.txt "$dir"/jstat.txt "$dir"/heap-info.txt "$dir"/rss.txt "$dir"/bench-lines.txt \
        "$out/$db/"
    [[ $db != postgresql ]] || cp "$work/pg-cluster/server.log" "$out/$db/postgresql.log"
}

# ---------------------------------------------------------------------------------------------------- run
echo "HTTP load benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(uname -sr), load average $(loadavg)"
echo "JDK: $java_home ($jdk_version), JVM options: ${java_opts[*]}"
echo "wrk: $(wrk -v 2>&1 | head -1), $threads threads, $connections connections; warm-up ${warmup} s, measurement ${duration} s per endpoint"
echo "Jar: bootstrap/target/medcert-service.jar of $(date -u -r "$root/bootstrap/target/medcert-service.jar" +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
: >"$out/startup.tsv"
: >"$out/heap.tsv"
wait_quiet() {
    local deadline=$(($(date +%s) + quiet * 60))
    ((quiet > 0)) || return 0
    while awk '{exit !($1 >= 1)}' /proc/loadavg && (($(date +%s) < deadline)); do
        sleep 10
    done
    echo "  load average $(loadavg) at $(date -u +%H:%M:%SZ)"
}
for db in "${databases[@]}"; do
    echo
    echo "== $db"
    wait_quiet
    run_suite "$db"
done

# ---------------------------------------------------------------------------------------------------- report
# Targets (issue 5): evaluation >= 40 % of the baseline's requests/s, verification >= 50 %, durable submission >= 500
# acknowledged/s, every p99 <= 2 x the baseline's p99, start-up <= 2 s, heap <= 256 MB.
report() {
    awk -F'\t' '
        FNR == 1 { next }
        $2 ~ /^baseline GET/ { base[$1] = $4; base99[$1] = $6 }
        { rows[++n] = $0 }
        END {
            printf "%-11s %-50s %8s %7s %7s %7s %6s %7s  %-8s %s\n", "db", "endpoint", "req/s", "p50 ms", "p99 ms",
                "x base", "p99 x", "cpu us", "target", "result"
            for (i = 1; i <= n; i++) {
                split(rows[i], f, "\t"); db = f[1]; e = f[2]
                ratio = f[4] / base[db]; p99x = f[6] / base99[db]; target = ""; ok = 1
                if (e ~ /^verification/) { target = ">=50%"; ok = ratio >= 0.5 }
                if (e ~ /^evaluation/) { target = ">=40%"; ok = ratio >= 0.4 }
                if (e ~ /^submission/) { target = ">=500/s"; ok = f[4] >= 500 }
                verdict = ""
                if (target != "") {
                    verdict = (ok ? "PASS" : "FAIL") " rate, " (p99x <= 2 ? "PASS" : "FAIL") " p99"
                }
                if (f[8] !~ /^(status:0 socket:0|non-2xx:- socket:0)$/) verdict = verdict " ERRORS " f[8]
                printf "%-11s %-50s %8.0f %7.2f %7.2f %6.0f%% %6.1f %7.0f  %-8s %s\n", db, e, f[4], f[5], f[6],
                    ratio * 100, p99x, f[7], target, verdict
            }
        }' "$results"
}
echo
echo "== Results (req/s: acknowledged (2xx) answers per second; x base: of the baseline /ping of the same database"
echo "   run; p99 x: p99 as a multiple of the baseline's; cpu us: the service's CPU time per request, user + system)"
report | tee "$out/summary.txt"
echo | tee -a "$out/summary.txt"
while IFS=$'\t' read -r db what ms own; do
    verdict=''
    [[ $what != fresh* ]] || verdict="$( ((ms <= 2000)) && echo PASS || echo FAIL) (target <= 2000 ms)"
    printf '%-11s start-up, %-26s %5s ms to the first 200 of /ping (service log: %s ms) %s\n' "$db" "$what:" "$ms" \
        "${own:-?}" "$verdict"
done <"$out/startup.tsv" | tee -a "$out/summary.txt"
while IFS=$'\t' read -r db gc jstat pauses rss oom; do
    printf '%-11s heap: -Xmx256m, peak used %s MB (GC log) / %s MB (jstat, every 250 ms), %s GC pauses, peak RSS %s MB, OutOfMemoryError: %s %s\n' \
        "$db" "$gc" "$jstat" "$pauses" "$rss" "$oom" "$( ((oom == 0)) && echo PASS || echo FAIL)"
done <"$out/heap.tsv" | tee -a "$out/summary.txt"
echo
echo "Results in $out (results.tsv, summary.txt; per database: service and GC logs, wrk outputs, jstat samples)"
