#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for building and testing knooppunt (or, with the argument
# "bench", for `make bench`). As root it runs apt-get/pip itself; otherwise it prints the one command.
set -euo pipefail

want_apt=()
have_header() { [ -e /usr/include/ncursesw/curses.h ]; }
have_header || want_apt+=(libncursesw5-dev)
command -v pkg-config >/dev/null || want_apt+=(pkg-config)
command -v tmux >/dev/null || want_apt+=(tmux)
command -v python3 >/dev/null || want_apt+=(python3 python3-pip)
if [ "${1:-}" = bench ]; then
    command -v neato >/dev/null || want_apt+=(graphviz)
    command -v jq >/dev/null || want_apt+=(jq)
fi

if [ ${#want_apt[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        echo "prepare: installing ${want_apt[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq "${want_apt[@]}" >/dev/null
    else
        echo "prepare: missing ${want_apt[*]}; run: sudo apt-get update && sudo apt-get install -y ${want_apt[*]}" >&2
        exit 1
    fi
fi

# Python packages for the reference figures: NetworkX for tests and bench, igraph for the bench.
want_pip=()
python3 -c 'import networkx' 2>/dev/null || want_pip+=(networkx)
if [ "${1:-}" = bench ]; then
    python3 -c 'import igraph' 2>/dev/null || want_pip+=(python-igraph)
fi
if [ ${#want_pip[@]} -gt 0 ]; then
    echo "prepare: installing Python packages ${want_pip[*]}"
    if ! python3 -m pip install --quiet "${want_pip[@]}" 2>/dev/null; then
        # Debian's own Python refuses pip into the system; its packages do the same work.
        if [ "$(id -u)" = 0 ] && [[ " ${want_pip[*]} " == *" networkx "* ]]; then
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-networkx >/dev/null
        fi
        if [[ " ${want_pip[*]} " == *" python-igraph "* ]]; then
            python3 -m pip install --quiet --break-system-packages python-igraph \
                || echo "prepare: python-igraph could not be installed; the bench prints without it" >&2
        fi
    fi
fi
exit 0
