#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for building and testing knooppunt (or, with the argument
# "bench", for `make bench`). As root it runs apt-get/pip itself; otherwise it prints the one command.
set -euo pipefail

want_apt=()
have_header() { [ -e /usr/include/ncursesw/curses.h ]; }
have_header || want_apt+=(libncursesw5-dev)
command -v pkg-config >/dev/null || want_apt+=(pkg-config)
command -v tmux >/dev/null || want_apt+=(tmux)
command -v git >/dev/null || want_apt+=(git)
# A real synced folder for the sharing test: two Syncthing instances on 127.0.0.1.
command -v syncthing >/dev/null || want_apt+=(syncthing)
command -v python3 >/dev/null || want_apt+=(python3 python3-pip)
# Real readers of the exports (Tests/reference/export_check.py): Graphviz renders the DOT, librsvg the SVG.
command -v dot >/dev/null || want_apt+=(graphviz)
command -v rsvg-convert >/dev/null || want_apt+=(librsvg2-bin)
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

# Python packages: NetworkX for the metric cross-checks and the network exports, icalendar, markdown-it-py
# and html5lib to read the calendar, Markdown and HTML exports back; igraph for the bench.
want_pip=()
python3 -c 'import networkx' 2>/dev/null || want_pip+=(networkx)
python3 -c 'import icalendar' 2>/dev/null || want_pip+=(icalendar)
python3 -c 'import markdown_it' 2>/dev/null || want_pip+=(markdown-it-py)
python3 -c 'import html5lib' 2>/dev/null || want_pip+=(html5lib)
if [ "${1:-}" = bench ]; then
    python3 -c 'import igraph' 2>/dev/null || want_pip+=(python-igraph)
fi
debian_name() {
    case "$1" in
        networkx) echo python3-networkx ;;
        icalendar) echo python3-icalendar ;;
        markdown-it-py) echo python3-markdown-it ;;
        html5lib) echo python3-html5lib ;;
        *) echo "" ;;
    esac
}
for package in "${want_pip[@]}"; do
    echo "prepare: installing the Python package $package"
    python3 -m pip install --quiet "$package" 2>/dev/null && continue
    # Debian's own Python refuses pip into the system: try that explicitly, then Debian's package.
    python3 -m pip install --quiet --break-system-packages "$package" 2>/dev/null && continue
    debian=$(debian_name "$package")
    if [ -n "$debian" ] && [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$debian" >/dev/null && continue
    fi
    # The checks that need it say so and count as skipped, never as passed.
    echo "prepare: the Python package $package could not be installed; the checks that need it will be skipped" >&2
done
exit 0
