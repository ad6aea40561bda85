#!/usr/bin/env bash
# The web front's benchmark (docs/benchmarks.md, "Web front"): server time to render the officer's queue page over
# 10,000 requests awaiting a decision, and the weight of each page (HTML + CSS + JS).
#
#   scripts/bench-web.sh [APPLICATIONS]     (default 22300: 45 % of them, about 10,000, await a decision)
#
# Prints RESULT lines; nothing is asserted. About two minutes on 2 cores.
set -euo pipefail
applications="${1:-22300}"
source "$(dirname "${BASH_SOURCE[0]}")/scale-env.sh"
"$java" -Xmx2g -cp "$classpath" kz.medcert.scale.WebBench "$applications"
