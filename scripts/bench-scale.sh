#!/usr/bin/env bash
# Scale measurements of the certificate register and the applications, on HSQLDB and PostgreSQL side by side
# (docs/benchmarks.md, section Scale):
#
#   scripts/bench-scale.sh [--rows N] [--small N] [--applications N] [--db hsqldb|postgresql|both] [--seconds S]
#                          [--no-rerun] [-o DIR]
#
#   --rows N          the large register (default 1000000)          --small N   the small one (default 10000)
#   --applications N  applications written into the large database (default 100000; 0 skips them)
#   --db              which databases (default both)                --seconds S each latency phase (default 20)
#   --no-rerun        skip importing the large file a second time (the rerun shows that it skips every row)
#   -o DIR            where the results go (default target/scale-<time>/ in the repository)
#
# For each database, in a fresh database each time:
#   1. import the first N_small rows of the generated register into one fresh database, and the whole register into
#      another, with the jar's import-register command (the path an administrator uses);
#   2. time lookups by number in both (ScaleBench verify: the register adapter's primary-key read and the public
#      verification use case, single-threaded, both databases open, in alternating rounds after a warm-up);
#   3. time the expiry report over the large one (ScaleBench report), then import the same file again into it
#      (every row already registered);
#   4. write the applications through the repository into the large one (GenerateApplications, which verifies the
#      audit chain after) and time the officer queue query of one department (ScaleBench queue).
# HSQLDB is the embedded file database the service runs on by default (a private data directory); PostgreSQL is
# the embedded server of the contract tests (PostgreSQL 17, zonky), started by this script on a free port.
# The results are RESULT lines in DIR/results.tsv (database, key, value) and a summary table with the 1M/10k ratios.
# A full run took 17 minutes on 2 shared cores. SCALE_KEEP_WORK=1 keeps the databases (path in the log).
set -euo pipefail

usage() { sed -n '2,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
rows=1000000
small=10000
applications=100000
dbs="hsqldb postgresql"
seconds=20
rerun=true
out=""
while (($# > 0)); do
    case "$1" in
        --rows) rows="$2"; shift ;;
        --small) small="$2"; shift ;;
        --applications) applications="$2"; shift ;;
        --db) case "$2" in both) dbs="hsqldb postgresql" ;; hsqldb | postgresql) dbs="$2" ;;
                  *) echo "--db hsqldb|postgresql|both" >&2; exit 2 ;; esac; shift ;;
        --seconds) seconds="$2"; shift ;;
        --no-rerun) rerun=false ;;
        -o) out="$2"; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done
if [[ -n "$out" && "$out" != /* ]]; then out="$PWD/$out"; fi

source "$(dirname "${BASH_SOURCE[0]}")/scale-env.sh"
out="${out:-$root/target/scale-$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"
results="$out/results.tsv"
: > "$results"
log="$out/run.log"

{
    echo "started $(date -u +%Y-%m-%dT%H:%M:%SZ); rows $rows, small $small, applications $applications, dbs $dbs"
    echo "nproc: $(nproc); $(lscpu | grep 'Model name' | sed 's/  */ /g')"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    "$java" -version 2>&1
} | tee "$log"

csv="$root/target/scale/register-$rows.csv"
if [[ ! -s "$csv" ]]; then
    mkdir -p "$(dirname "$csv")"
    "$java" -cp "$classpath" kz.medcert.scale.GenerateRegister "$rows" "$csv" 2>&1 | tee -a "$log"
fi
small_csv="$work/register-$small.csv"
head -n "$((small + 1))" "$csv" > "$small_csv"

record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$results"; }

# import DB LABEL CSV: the jar's import-register command; records its summary (key=value on stdout) and wall time
import() {
    local db="$1" label="$2" file="$3" started ended line
    echo "[$db] $label: java -jar medcert-service.jar import-register $(basename "$file")" | tee -a "$log"
    started=$(date +%s.%N)
    local status=0
    # MEDCERT_DEMO: a benchmark database, not a real register (demo tokens and keys are fine)
    line=$(MEDCERT_DB_URL="$url_base$4" MEDCERT_DB_USER="$user" MEDCERT_DB_PASSWORD="" MEDCERT_DEMO=true \
        MEDCERT_DATA_DIR="$work" "$java" -jar "$jar" import-register "$file" --admin BENCH 2>> "$log") || status=$?
    if ((status > 1)); then # 1: some rows rejected, which the summary counts
        echo "import failed ($status): $line" | tee -a "$log"
        return 1
    fi
    ended=$(date +%s.%N)
    echo "  $line" | tee -a "$log"
    for pair in $line; do
        case "${pair%%=*}" in
            read | imported | alreadyRegistered | rejected | seconds | rowsPerSecond)
                record "$db" "$label.${pair%%=*}" "${pair#*=}" ;;
        esac
    done
    record "$db" "$label.wallSeconds" "$(awk "BEGIN { printf \"%.1f\", $ended - $started }")"
}

# tool DB PREFIX MAIN ARGS...: a run of one of the scale tools; records its RESULT lines, keys prefixed by PREFIX
tool() {
    local db="$1" prefix="$2" main="$3"
    shift 3
    echo "[$db] $main $*" | tee -a "$log"
    "$java" -Xmx2g -cp "$classpath" "kz.medcert.scale.$main" "$@" 2>> "$log" \
        | while read -r tag key value; do
            [[ "$tag" == RESULT ]] || continue
            echo "  $prefix$key $value" | tee -a "$log"
            record "$db" "$prefix$key" "$value"
        done
}

postgres_pid=""
stop_postgres() {
    if [[ -n "$postgres_pid" ]]; then
        kill "$postgres_pid" 2>/dev/null || true
        wait "$postgres_pid" 2>/dev/null || true
        postgres_pid=""
    fi
}
trap 'stop_postgres; [[ "${SCALE_KEEP_WORK:-0}" == 1 ]] || rm -rf "$work"' EXIT

for db in $dbs; do
    if [[ "$db" == hsqldb ]]; then
        user=SA
        url_base="jdbc:hsqldb:file:$work/hsqldb-"
        small_db="small/medcert;hsqldb.write_delay=false;shutdown=true"
        big_db="big/medcert;hsqldb.write_delay=false;shutdown=true"
    else
        user=postgres
        port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
        "$java" -cp "$classpath" kz.medcert.scale.ScalePostgres "$port" "$work/postgres" small big \
            > "$work/postgres.out" 2>> "$log" &
        postgres_pid=$!
        for _ in $(seq 1 120); do grep -q '^ready' "$work/postgres.out" 2>/dev/null && break; sleep 1; done
        grep -q '^ready' "$work/postgres.out" || { echo "PostgreSQL did not start" >&2; exit 1; }
        url_base="jdbc:postgresql://localhost:$port/"
        small_db="small"
        big_db="big"
        echo "[$db] PostgreSQL on port $port" | tee -a "$log"
    fi
    import "$db" import.small "$small_csv" "$small_db"
    import "$db" import.large "$csv" "$big_db"
    tool "$db" "" ScaleBench verify "$user" "" "small=$url_base$small_db" "large=$url_base$big_db" \
        --seconds "$seconds"
    tool "$db" "" ScaleBench report "$user" "" "large=$url_base$big_db"
    if $rerun; then
        import "$db" import.rerun "$csv" "$big_db"
    fi
    if ((applications > 0)); then
        tool "$db" large. GenerateApplications "$url_base$big_db" "$user" "" "$applications" 4
        tool "$db" "" ScaleBench queue "$user" "" "large=$url_base$big_db"
    fi
    if [[ "$db" == hsqldb ]]; then
        record "$db" large.db.bytes "$(du -sb "$work/hsqldb-big" | cut -f1)"
    fi
    stop_postgres
done
echo "finished $(date -u +%Y-%m-%dT%H:%M:%SZ); load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$log"

"$java" -cp "$classpath" kz.medcert.scale.ScaleSummary "$results" | tee "$out/summary.md"
echo "results: $results; log: $log"
