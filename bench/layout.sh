#!/bin/sh
# Layout bench: our stress layout and label placement beside Graphviz neato (apt-get install graphviz).
# Usage: bench/layout.sh [scratch-path]
set -e
cd "$(dirname "$0")/.."
SCRATCH=${1:-.build}
swift build -c release --product KnooppuntBench --scratch-path "$SCRATCH" >/dev/null
"$SCRATCH/release/KnooppuntBench" layout
