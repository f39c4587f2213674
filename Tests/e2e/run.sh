#!/usr/bin/env bash
# Runs every end-to-end test (Tests/e2e/test_*.sh) against an already built binary:
#   KNOOPPUNT_BIN=.build/debug/knooppunt Tests/e2e/run.sh [test_name ...]
# Builds nothing itself. Prints "N passed, N failed" alone on the last line; exits non-zero on failure.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export KNOOPPUNT_BIN="${KNOOPPUNT_BIN:-$root/.build/debug/knooppunt}"
case "$KNOOPPUNT_BIN" in /*) ;; *) KNOOPPUNT_BIN="$root/$KNOOPPUNT_BIN" ;; esac

if ! command -v tmux >/dev/null 2>&1; then
    echo "############################################################################" >&2
    echo "## SKIPPING the end-to-end tests: tmux is not installed (apt-get install tmux)" >&2
    echo "############################################################################" >&2
    echo "0 passed, 0 failed"
    exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "## SKIPPING the end-to-end tests: python3 is needed to check the JSON files (apt-get install python3)" >&2
    echo "0 passed, 0 failed"
    exit 0
fi
if [[ ! -x "$KNOOPPUNT_BIN" ]]; then
    echo "no knooppunt binary at $KNOOPPUNT_BIN; build first (swift build) or set KNOOPPUNT_BIN" >&2
    echo "0 passed, 1 failed"
    exit 1
fi

tests=()
if (($# > 0)); then
    for name in "$@"; do tests+=("$here/${name%.sh}.sh"); done
else
    for t in "$here"/test_*.sh; do tests+=("$t"); done
fi

passed=0
failed=0
failures=()
for t in "${tests[@]}"; do
    name="$(basename "$t" .sh)"
    log="$(mktemp)"
    start=$SECONDS
    if timeout 120 bash "$t" >"$log" 2>&1; then
        passed=$((passed + 1))
        echo "ok   $name ($((SECONDS - start))s)"
    else
        failed=$((failed + 1))
        failures+=("$name")
        echo "FAIL $name ($((SECONDS - start))s)"
        sed 's/^/    | /' "$log"
    fi
    rm -f "$log"
done
if ((failed > 0)); then echo "failed: ${failures[*]}"; fi
echo "$passed passed, $failed failed"
((failed == 0))
