#!/usr/bin/env bash
# TARGETS.md R6 and R3: the test suite under AddressSanitizer + UndefinedBehaviorSanitizer (with
# LeakSanitizer), then every libFuzzer target (tests/fuzz) for a fixed time. Started by
# `bash .ci/dev.sh sanitize` (which installs clang and its runtimes first); .ci/run runs it after
# the ordinary build and tests. Fails on any sanitizer report (in a test or in any program a test
# starts), failing test or fuzzer finding. A finding's input is left in
# build-asan/fuzz/findings/<target>/; once fixed it is kept in tests/fuzz/regressions/<target>/,
# which the fuzz_replay_<target> tests replay in every build.
#   TERMLENS_ASAN_BUILD_DIR  build folder (build-asan)
#   TERMLENS_FUZZ_SECONDS    seconds per fuzz target (20)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${TERMLENS_ASAN_BUILD_DIR:-build-asan}
seconds=${TERMLENS_FUZZ_SECONDS:-20}
jobs=$(nproc)
started=$(date +%s)

# -O1 keeps the instrumented code fast enough; line tables are all the reports need (file:line in
# every frame) and build much faster than full debug information. The benchmarks are left out.
launcher=(); command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# lld (installed by dev.sh) links each instrumented test in a quarter of ld.bfd's CPU time.
command -v ld.lld >/dev/null && launcher+=(-DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Sanitize -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS_SANITIZE="-O1 -gline-tables-only" -DTERMLENS_WERROR=ON \
    -DTERMLENS_SANITIZE=ON -DTERMLENS_FUZZ=ON -DTERMLENS_BENCHMARKS=OFF \
    "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$jobs" >"$build/sanitize-build.log" 2>&1 ||
    { tail -n 60 "$build/sanitize-build.log"; echo "sanitize: build failed"; exit 1; }
built=$(date +%s)

# Every report of every process (tests and the termlens-cli they start, whose exit code a test
# may only check for "not 0") goes to a file in $logs: any file there fails the step.
logs=$PWD/$build/sanitizer-reports
rm -rf "$logs"; mkdir -p "$logs"
supp=$PWD/.ci/lsan.supp
common=log_path=$logs/report:print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS=$common:detect_leaks=1:abort_on_error=0:strict_string_checks=1:check_initialization_order=1
export LSAN_OPTIONS=suppressions=$supp:print_suppressions=0
export UBSAN_OPTIONS=$common
# Left out here, run by the ordinary build's ctest in .ci/run: `package` (packs this build's
# instrumented binaries into a .deb) and `reliability` (R1/R2: SIGKILL and strace-injected write
# errors; the injected errors also hit the sanitizer runtime's own write() calls, which then
# fails a CHECK and hangs its symbolizer, so the run says nothing about TermLens).
set +e
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure -j"$jobs" \
    -LE 'package|reliability' >"$build/sanitize-ctest.log" 2>&1
ctest_rc=$?
set -e
grep -E '(Failed|Exception|Timeout|\*\*\*)' "$build/sanitize-ctest.log" || true
summary=$(grep -E 'tests passed, [0-9]+ tests? failed out of' "$build/sanitize-ctest.log" || true)
total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$summary"); failed=$(sed -E 's/.* ([0-9]+) tests? failed.*/\1/' <<<"$summary")
total=${total:-0}; failed=${failed:-0}
[ "$ctest_rc" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1
echo "sanitize tests: $total run under ASan+UBSan+LSan, $((total - failed)) passed, $failed failed"
reports=$(find "$logs" -type f | wc -l)
if [ "$reports" -gt 0 ]; then
    echo "sanitize: $reports sanitizer reports:"
    for f in "$logs"/*; do echo "== $f"; head -n 60 "$f"; done
elif [ "$ctest_rc" -ne 0 ]; then
    tail -n 80 "$build/sanitize-ctest.log"
fi
tested=$(date +%s)

# Fuzzing: libFuzzer prints its own reports; one process per core at a time.
unset ASAN_OPTIONS UBSAN_OPTIONS
export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1 UBSAN_OPTIONS=print_stacktrace=1
fuzz_one() {
    local fuzzer=$1 name target corpus found dirs seeds d rc
    name=$(basename "$fuzzer"); target=${name#fuzz_}
    corpus="$build/fuzz/corpus/$target"; found="$build/fuzz/findings/$target"
    mkdir -p "$corpus" "$found"
    # Seeds: the kept crash inputs, the test data and the malformed-input catalogue.
    case $target in
    termsheet) dirs=(tests/data/termsheets tests/data/malformed/termsheet) ;;
    nativecsv) dirs=(tests/data/malformed/nativecsv) ;;
    statuspage) dirs=(tests/data/imports tests/data/malformed/statuspage) ;;
    engine) # the sample term sheets (resources/sample holds other files too) and the test sheets
        mkdir -p "$build/fuzz/seeds/engine"
        cp resources/sample/*.termsheet.json tests/data/termsheets/* "$build/fuzz/seeds/engine/"
        dirs=("$build/fuzz/seeds/engine") ;;
    *) dirs=(tests/data/imports tests/data/malformed/mappedcsv) ;;
    esac
    seeds=(); for d in tests/fuzz/regressions/"$target" "${dirs[@]}"; do
        [ -d "$d" ] && [ -n "$(ls -A "$d")" ] && seeds+=("$d"); done
    "$fuzzer" "$corpus" "${seeds[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -artifact_prefix="$found/" -print_final_stats=1 >"$build/fuzz/$target.log" 2>&1 &&
        rc=0 || rc=$?
    echo "$rc" >"$build/fuzz/$target.rc"
}
fuzzers=("$build"/fuzz/fuzz_*)
for ((i = 0; i < ${#fuzzers[@]}; i += jobs)); do
    for fuzzer in "${fuzzers[@]:i:jobs}"; do fuzz_one "$fuzzer" & done
    wait
done
# A finding (crash-, leak-, timeout-, oom- input) is copied at once into
# tests/fuzz/regressions/<target>/, where fuzz_replay_<target> replays it in every build until it
# is fixed, and printed in base64 so it can be recreated from a CI log. Commit it with the fix.
findings=0
for fuzzer in "${fuzzers[@]}"; do
    target=$(basename "$fuzzer"); target=${target#fuzz_}
    log="$build/fuzz/$target.log"; rc=$(cat "$build/fuzz/$target.rc")
    execs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
    mapfile -t inputs < <(find "$build/fuzz/findings/$target" -type f ! -name 'slow-unit-*')
    echo "fuzz_$target: ${execs:-?} runs in ${seconds}s, ${#inputs[@]} findings (exit $rc)"
    if [ "$rc" -ne 0 ] || [ "${#inputs[@]}" -gt 0 ]; then
        findings=$((findings + 1))
        tail -n 40 "$log"
        for input in "${inputs[@]}"; do
            cp "$input" "tests/fuzz/regressions/$target/"
            echo "kept as tests/fuzz/regressions/$target/$(basename "$input"); base64:"
            base64 -w 100 "$input" | head -n 100
        done
    fi
done
ended=$(date +%s)

times >"$build/sanitize-times"
cpu=$(tail -n 1 "$build/sanitize-times" | awk '{
    n = split($1 " " $2, t, " "); s = 0
    for (i = 1; i <= n; i++) { split(t[i], p, "m"); s += p[1] * 60 + p[2] }
    printf "%d", s }')
echo "sanitize: build $((built - started))s, tests $((tested - built))s, fuzzing $((ended - tested))s, total $((ended - started))s wall, ${cpu}s CPU (user+sys of every process)"
# A report from a program a passing test started counts as one more failed test.
[ "$reports" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1
bad=$((failed + findings))
ok=$((total - failed + ${#fuzzers[@]} - findings))
echo "($total tests and ${#fuzzers[@]} fuzz targets; $reports sanitizer report files)"
echo "sanitize: $ok passed, $bad failed"
[ "$bad" -eq 0 ]
