#!/usr/bin/env bash
# Writes a realistic national register as CSV in the import layout (README, "Load the existing national register"):
#
#   scripts/generate-register.sh [COUNT] [OUT.csv] [SEED]
#
#   COUNT  rows (default 1000000)      OUT  file (default register-COUNT.csv)      SEED  default 20261125
#
# Holders with valid IINs and Kazakh or Russian names, chains of confirmations (R14) in one specialty of the List,
# issue years 2005 to 2026, a quarter of those issued before 2015-10-09 indefinite (R13), about 0.4 % revoked
# (R88, R89), numbers MC-YYYY-NNNNNNNN-C with their Damm check digit. The same COUNT and SEED give the same file
# (the rows are generated as of 2026-11-01). About 10 s and 144 MB for a million rows.
set -euo pipefail
count="${1:-1000000}"
out="${2:-register-$count.csv}"
seed="${3:-20261125}"
[[ "$out" == /* ]] || out="$PWD/$out"
source "$(dirname "${BASH_SOURCE[0]}")/scale-env.sh"
"$java" -cp "$classpath" kz.medcert.scale.GenerateRegister "$count" "$out" "$seed"
