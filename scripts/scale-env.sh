# Sourced by generate-register.sh and bench-scale.sh: builds the service's jar and the scale tools
# (bootstrap/src/test/java/kz/medcert/scale), and sets
#   $java       the JDK's java ($JAVA_HOME if set, else the one on PATH)
#   $jar        a private copy of bootstrap/target/medcert-service.jar
#   $classpath  a private copy of bootstrap's test classpath (the scale tools and everything they use)
#   $work       the private directory holding them (removed on exit unless SCALE_KEEP_WORK=1)
# Private copies, because a build started meanwhile in this working tree would otherwise change the classes under
# the running JVMs.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ -n "${JAVA_HOME:-}" ]]; then
    java="$JAVA_HOME/bin/java"
else
    java="$(command -v java)" || { echo "no java on PATH and JAVA_HOME not set" >&2; exit 1; }
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/medcert-scale.XXXXXX")"
if [[ "${SCALE_KEEP_WORK:-0}" != 1 ]]; then
    trap 'rm -rf "$work"' EXIT
fi

# Maven, quiet, without the colour codes Maven 3.8 prints even in batch mode.
mvn_quiet() { (cd "$root" && mvn -B -q -Dstyle.color=never "$@" 2>&1 | sed -e $'s/\x1b\\[[0-9;]*m//g' -e '/^$/d'); }

echo "Building the jar and the scale tools (mvn -B -q -DskipTests package dependency:build-classpath) ..." >&2
mvn_quiet -DskipTests package dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$work/dependencies.txt"
mkdir -p "$work/lib"
cp "$root/bootstrap/target/medcert-service.jar" "$work/medcert-service.jar"
jar="$work/medcert-service.jar"
cp -r "$root/bootstrap/target/test-classes" "$work/test-classes"
cp -r "$root/bootstrap/target/classes" "$work/classes"
classpath="$work/test-classes:$work/classes"
IFS=":" read -r -a entries < "$work/dependencies.txt" || true # no line end after the last entry
for entry in "${entries[@]}"; do
    if [[ "$entry" == "$root"/* ]]; then # a module of this build: copy it too
        copy="$work/lib/$(echo "${entry#"$root"/}" | tr '/' '_')"
        cp -r "$entry" "$copy"
        entry="$copy"
    fi
    classpath="$classpath:$entry"
done
