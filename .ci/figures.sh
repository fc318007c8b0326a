#!/usr/bin/env bash
# Prints what the reliability, package and fuzz-replay tests counted (R1, R2, R3, the .deb):
# ctest shows a passing test's output only in its log, so the figures are taken from there.
set -euo pipefail
build=${1:-build}
log=$build/Testing/Temporary/LastTest.log
[ -f "$log" ] || { echo "figures: no $log"; exit 0; }
awk '
    /^[0-9]+\/[0-9]+ Testing: / { name = $3; keep = name ~ /^(reliability_|package_deb|fuzz_replay_)/; next }
    keep && /^Output:/ { inside = 1; print "== " name; next }
    inside && /^<end of output>/ { inside = 0; next }
    inside && !/^-+$/ && !/^running with root privileges/ { print "   " $0 }
' "$log"
