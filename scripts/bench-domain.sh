#!/usr/bin/env bash
# JMH micro-benchmarks of the rules module (domain/src/test/java/kz/medcert/domain/benchmarks).
#
#   scripts/bench-domain.sh [-q|--quick] [-o FILE] [REGEX] [-- EXTRA_JMH_ARGS...]
#
#   REGEX      which benchmarks to run (JMH include regex; default: all of them). The baseline
#              (BaselineBenchmark.localDatePlusDays) always runs too, so every figure can be read as a ratio to it.
#   -q/--quick throughput only, 5 x 0.5 s of measurement instead of 5 x 1 s (warm-up unchanged: 6 x 1 s for the
#              evaluations, 4 x 1 s for the rest). Not fewer iterations: JMH's 99.9 % error over 3 would be 18 x
#              the standard deviation.
#   -o FILE    the JMH JSON result file (default: domain/target/jmh/result-<jdk>-<time>.json in the repository).
#   -- ...     passed to JMH as is, e.g. `-- -prof gc` or `-- -f 3`.
#
# The JDK that runs the benchmarks is $JAVA_HOME if set, else the one of `java` on PATH; e.g.
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 scripts/bench-domain.sh --quick
# A full run of everything takes about 4.5 minutes, a quick one under 2. Benchmarks never run under `mvn verify`.
set -euo pipefail

usage() { sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

quick=false
regex='kz\.medcert\.domain\.benchmarks\.'
result=''
extra=()
while (($# > 0)); do
    case "$1" in
        -q | --quick) quick=true ;;
        -o | --output)
            (($# >= 2)) || { echo "$1 needs a file name" >&2; exit 2; }
            result="$2"
            shift
            ;;
        -h | --help) usage; exit 0 ;;
        --) shift; extra=("$@"); break ;;
        -*) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
        *) regex="$1" ;;
    esac
    shift
done

if [[ -n "$result" && "$result" != /* ]]; then
    result="$PWD/$result" # relative to where the script was called from, not to the repository root
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# The JDK: $JAVA_HOME, else the one behind `java` on PATH.
if [[ -n "${JAVA_HOME:-}" ]]; then
    java_home="$JAVA_HOME"
else
    java_on_path="$(command -v java)" || { echo "no java on PATH and JAVA_HOME not set" >&2; exit 1; }
    java_home="$(dirname "$(dirname "$(readlink -f "$java_on_path")")")"
fi
java="$java_home/bin/java"
[[ -x "$java" ]] || { echo "not a JDK: $java_home (no bin/java)" >&2; exit 1; }
jdk_version="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.runtime\.version = //p')"
echo "JDK: $java_home ($jdk_version)"
"$java" -version 2>&1 | sed 's/^/  /'

# Maven, quiet, without the colour reset codes that Maven 3.8 prints even in batch mode; fails as Maven fails.
mvn_quiet() { mvn -B -q -Dstyle.color=never "$@" 2>&1 | sed -e $'s/\x1b\\[[0-9;]*m//g' -e '/^$/d'; }

echo "Building domain test classes (mvn -B -q -pl domain test-compile) ..."
mvn_quiet -pl domain test-compile
work="$(mktemp -d "${TMPDIR:-/tmp}/bench-domain.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# absolute path: Maven resolves a relative one against the module directory
mvn_quiet -pl domain dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/dependencies.txt"
# Run from a private copy of the compiled classes: a build started meanwhile in this working tree (mvn clean, or a
# recompile of domain/target) would otherwise pull classes from under the forked JVMs (NoClassDefFoundError).
cp -r domain/target/test-classes "$work/test-classes"
cp -r domain/target/classes "$work/classes"
classpath="$work/test-classes:$work/classes:$(cat "$work/dependencies.txt")"

if [[ -z "$result" ]]; then
    result="domain/target/jmh/result-${jdk_version%%+*}-$(date +%Y%m%dT%H%M%S).json"
fi

iterations=()
if $quick; then
    iterations=(-bm thrpt -i 5 -r 500ms)
fi

# JMH runs every benchmark that matches any of the regexes; the baseline is always among them. The result goes to
# the private directory first and is copied out at the end, for the same reason as the classes.
command=("$java" -cp "$classpath" org.openjdk.jmh.Main "$regex" 'BaselineBenchmark\.localDatePlusDays$'
    ${iterations[@]+"${iterations[@]}"} -jvm "$java" -rf json -rff "$work/result.json" ${extra[@]+"${extra[@]}"})
echo "Running: ${command[*]:0:2} <copy of domain/target/test-classes:domain/target/classes:test dependencies> ${command[*]:4}"
echo "Started $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores; the machine may be shared: read error bars."
"${command[@]}"

mkdir -p "$(dirname "$result")"
cp "$work/result.json" "$result"
echo
echo "Results: $result"
"$java" -cp "$classpath" kz.medcert.domain.benchmarks.BenchmarkSummary "$result"
