#!/usr/bin/env bash
# Cheap source checks run before the tests: formatting, complete translations, and no SQL
# built from strings. Each prints what is wrong and fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
status=0

sources=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app models views tests -name '*.cpp' -o -name '*.h')
if ! clang-format --dry-run --Werror $sources 2>/tmp/termlens-format.log; then
    echo "Not clang-formatted (run clang-format -i on these):"
    grep -o '^[^:]*\.\(cpp\|h\)' /tmp/termlens-format.log | sort -u
    status=1
fi

# Translations: lupdate must find nothing new or obsolete, and nothing may be unfinished.
for ts in translations/*.ts; do cp "$ts" "$build/$(basename "$ts").orig"; done
cmake --build "$build" --target termlens_lupdate >/tmp/termlens-lupdate.log 2>&1
# A class lupdate cannot place (Qt 6.4's lupdate loses the namespace after `enum X : int`)
# gets a context the program never asks for: its texts would stay English.
if grep -q 'Qualifying with unknown namespace/class' /tmp/termlens-lupdate.log; then
    echo "lupdate cannot place these texts in their class's context (they would not be translated):"
    grep 'Qualifying with unknown namespace/class' /tmp/termlens-lupdate.log
    status=1
fi
for ts in translations/*.ts; do
    if ! diff -q "$build/$(basename "$ts").orig" "$ts" >/dev/null; then
        echo "$ts: lupdate found new or obsolete strings (run: cmake --build $build --target termlens_lupdate, then translate)"
        cp "$build/$(basename "$ts").orig" "$ts"
        status=1
    fi
    n=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$n" -gt 0 ]; then
        echo "$ts: $n unfinished translations"
        status=1
    fi
done
# SQL only with bound values (R5): tst_sqlbinding scans app/, models/ and views/ for SQL text
# built with .arg(), + or %1 placeholders that is not on its justified allow-list.
cmake --build "$build" --target tst_sqlbinding >/dev/null
if ! "$build/tests/tst_sqlbinding" >/tmp/termlens-sqlbinding.log 2>&1; then
    echo "SQL built from strings (see tests/storage/tst_sqlbinding.cpp):"
    grep -v '^\(PASS\|QDEBUG\|Config\|\*\*\*\)' /tmp/termlens-sqlbinding.log
    status=1
fi
echo "checks: formatting, translations, bound SQL$( [ $status -eq 0 ] && echo ' ok' || echo ' FAILED')"
exit $status
