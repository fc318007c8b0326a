#!/usr/bin/env bash
# TermLens set-up, build and run in one command, for a fresh Debian bookworm machine.
#   bash .ci/dev.sh run     install what is missing, build, start the app on the sample workspace
#   bash .ci/dev.sh test    install what is missing, build with warnings as errors, run every test
#   bash .ci/dev.sh bench   build (Release) and run the benchmark programs
#   bash .ci/dev.sh sanitize  clang build with ASan+UBSan (build-asan): the tests, then each
#                           libFuzzer target for TERMLENS_FUZZ_SECONDS (20) seconds (TARGETS.md R3, R6)
#   bash .ci/dev.sh unity-check  compile each library layer as ONE unity batch (build-unity): fails
#                           when two files of a layer define the same name in their anonymous
#                           namespaces (a clash the batches of eight only hit once files shift)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}
build=${TERMLENS_BUILD_DIR:-build}

packages=(build-essential cmake ninja-build qt6-base-dev qt6-charts-dev libqt6opengl6-dev
          qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libsqlite3-dev qt6-pdf-dev
          libgl-dev tzdata xvfb xauth poppler-utils sqlite3 clang-format fonts-dejavu-core
          librsvg2-bin dpkg-dev desktop-file-utils appstream strace lintian)
# libFuzzer and the sanitizer runtimes come with clang's runtime library package; lld links the
# instrumented tests about four times faster (CPU) than ld.bfd.
[ "$mode" = sanitize ] && packages+=(clang libclang-rt-14-dev lld)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ "$mode" = sanitize ]; then
    exec bash .ci/sanitize.sh "${@:2}"
fi

if [ "$mode" = unity-check ]; then
    # Only the libraries: the tests and the programs compile file by file anyway. -O0 without
    # debug information: it only has to compile. Not part of .ci/run (CI time).
    build=${TERMLENS_BUILD_DIR:-build-unity}
    launcher=(); command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O0 -g0" \
        -DTERMLENS_WERROR=ON -DTERMLENS_FAST_BUILD=ON -DTERMLENS_UNITY_BATCH=0 "${launcher[@]}"
    # -k 0: a clash in one layer does not hide those of the layers beside it (a layer above a
    # failing one waits for it, so fix from the bottom up and run again).
    cmake --build "$build" -j"$(nproc)" --target termlens_domain termlens_engine termlens_storage \
        termlens_itemmodels termlens_report termlens_views termlens_cli -- -k 0
    echo "unity-check: every layer compiles as one batch"
    exit 0
fi

# run and test share one optimised build without debug information (-O2 builds a third faster
# than -O3 -g); the benchmarks get their own -O3 build.
flags=(-DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG")
if [ "$mode" = bench ]; then
    build=${TERMLENS_BUILD_DIR:-build-bench}
    flags=(-DCMAKE_BUILD_TYPE=Release)
fi
cmake -S . -B "$build" -G Ninja "${flags[@]}" -DTERMLENS_WERROR=ON
cmake --build "$build" -j"$(nproc)"

case "$mode" in
run)
    exec "$build/app/termlens" "${@:2}"
    ;;
test)
    bash .ci/checks.sh "$build"
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
    bash .ci/figures.sh "$build" # R1/R2 trials, faults and cases, fuzz replays, the package
    # The benchmark on small data, so it keeps building and running (its figures mean nothing here).
    "$build/benchmarks/bench_engine" --smoke | tail -n 5
    "$build/benchmarks/bench_grid" --smoke | tail -n 12
    ;;
bench)
    # bench_generate is a tool (it makes large workspaces), not a benchmark.
    "$build/benchmarks/bench_engine" "${@:2}"
    "$build/benchmarks/bench_grid"
    ;;
*)
    echo "usage: bash .ci/dev.sh run|test|bench|sanitize|unity-check" >&2
    exit 2
    ;;
esac
