#!/usr/bin/env bash
# TARGETS.md R6 and R3: the whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer,
# then every libFuzzer target (tests/fuzz) for a fixed time. Started by `bash .ci/dev.sh sanitize`
# (which installs clang and its runtimes first). Fails on any sanitizer report, failing test or
# fuzzer finding; a finding's input is left in build-asan/fuzz/findings/<target>/ to be kept in
# tests/fuzz/regressions/<target>/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${TERMLENS_ASAN_BUILD_DIR:-build-asan}
seconds=${TERMLENS_FUZZ_SECONDS:-30}
jobs=$(nproc)
started=$(date +%s)

# -O1 keeps the instrumented code fast enough; line tables are all the reports need. The
# benchmarks are left out.
launcher=(); command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Sanitize -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS_SANITIZE="-O1 -gline-tables-only" -DTERMLENS_WERROR=ON \
    -DTERMLENS_SANITIZE=ON -DTERMLENS_FUZZ=ON -DTERMLENS_BENCHMARKS=OFF \
    "${launcher[@]}"
cmake --build "$build" -j"$jobs"
built=$(date +%s)

supp=$PWD/.ci/lsan.supp
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=0:strict_string_checks=1:check_initialization_order=1
export LSAN_OPTIONS=suppressions=$supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure -j"$jobs"
tested=$(date +%s)

findings=0
for fuzzer in "$build"/fuzz/fuzz_*; do
    name=$(basename "$fuzzer"); target=${name#fuzz_}
    corpus="$build/fuzz/corpus/$target"; found="$build/fuzz/findings/$target"
    mkdir -p "$corpus" "$found"
    # Seeds: the kept crash inputs, the test data and the malformed-input catalogue.
    case $target in
    termsheet) dirs=(tests/data/termsheets tests/data/malformed/termsheet) ;;
    nativecsv) dirs=(tests/data/malformed/nativecsv) ;;
    statuspage) dirs=(tests/data/imports tests/data/malformed/statuspage) ;;
    *) dirs=(tests/data/imports tests/data/malformed/mappedcsv) ;;
    esac
    seeds=(); for d in tests/fuzz/regressions/"$target" "${dirs[@]}"; do
        [ -d "$d" ] && [ -n "$(ls -A "$d")" ] && seeds+=("$d"); done
    log="$build/fuzz/$target.log"
    set +e
    "$fuzzer" "$corpus" "${seeds[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -artifact_prefix="$found/" -print_final_stats=1 >"$log" 2>&1
    rc=$?
    set -e
    execs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
    crashes=$(find "$found" -type f | wc -l)
    echo "fuzz_$target: ${execs:-?} executions in ${seconds}s, $crashes findings (exit $rc)"
    if [ "$rc" -ne 0 ] || [ "$crashes" -gt 0 ]; then
        findings=$((findings + 1))
        tail -n 40 "$log"
    fi
done
ended=$(date +%s)
echo "sanitize: build $((built - started))s, tests $((tested - built))s, fuzzing $((ended - tested))s, total $((ended - started))s"
[ "$findings" -eq 0 ] || { echo "fuzzing: $findings targets with findings"; exit 1; }
