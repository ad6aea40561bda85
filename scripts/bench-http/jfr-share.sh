#!/usr/bin/env bash
# Where the CPU of a JFR recording went: the share of execution samples whose stack contains each pattern.
#
#   scripts/bench-http/jfr-share.sh RECORDING.jfr [--from HH:MM:SS] [--to HH:MM:SS] [--within FRAME] PATTERN...
#
#   --from/--to  only samples taken in this window (UTC wall-clock time, as `jfr print` shows it), e.g. the
#                submission run of a bench-http.sh round (its wrk-*.txt files are written when each run ends)
#   --within     only samples whose stack contains FRAME, e.g. RequestController.submit; the shares are then of
#                those samples (inclusive time of each pattern inside that operation)
#   PATTERN      a substring of a frame, e.g. AuditLog.append, hsqldb.persist, ObjectMapper.readValue
#
# Also prints the ten methods most often on top of the stack (self time). `scripts/bench-http.sh --profile` records
# one (JFR's default stack depth, 64, would cut Jetty's deep stacks before they reach the service's code, so it
# records with 512).
set -euo pipefail

(($# >= 2)) || { sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }
recording=$1
shift
from='' to='' within=''
patterns=()
while (($# > 0)); do
    case "$1" in
        --from) from="$2"; shift ;;
        --to) to="$2"; shift ;;
        --within) within="$2"; shift ;;
        *) patterns+=("$1") ;;
    esac
    shift
done
jfr="${JAVA_HOME:+$JAVA_HOME/bin/}jfr"

"$jfr" print --stack-depth 1000 --events jdk.ExecutionSample "$recording" | awk -v from="$from" -v to="$to" \
    -v within="$within" -v patterns="${patterns[*]:-}" '
    function flush(    i, n, hit) {
        if (!in_event || frames == 0) return
        if (from != "" && time < from) return
        if (to != "" && time > to) return
        if (within != "" && index(stack, within) == 0) return
        total++
        self[top]++
        n = split(patterns, p, " ")
        for (i = 1; i <= n; i++) if (index(stack, p[i]) > 0) count[p[i]]++
    }
    /^jdk.ExecutionSample/ { flush(); in_event = 1; in_stack = 0; frames = 0; stack = ""; top = ""; time = ""; next }
    /startTime = / { time = $3; sub(/\..*/, "", time); next }
    /stackTrace = \[/ { in_stack = 1; next }
    in_stack && /^ *\]/ { in_stack = 0; next }
    in_stack && /\(/ { # a frame, with or without "line: N" (some libraries carry no line numbers)
        frame = $1; sub(/\(.*/, "", frame)
        if (frames == 0) top = frame
        frames++; stack = stack "\n" frame
    }
    END {
        flush()
        printf "%d samples%s%s\n", total, (from != "" || to != "" ? " between " from " and " to : ""),
            (within != "" ? " inside " within : "")
        if (total == 0) exit
        n = split(patterns, p, " ")
        for (i = 1; i <= n; i++) printf "%6.1f%%  %s\n", 100 * count[p[i]] / total, p[i]
        print "top of the stack (self time):"
        for (k in self) order[++m] = k
        for (i = 1; i <= m; i++) for (j = i; j > 1 && self[order[j - 1]] < self[order[j]]; j--) {
            t = order[j]; order[j] = order[j - 1]; order[j - 1] = t }
        for (i = 1; i <= m && i <= 10; i++) printf "%6.1f%%  %s\n", 100 * self[order[i]] / total, order[i]
    }'
