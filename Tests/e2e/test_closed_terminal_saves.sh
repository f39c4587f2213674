#!/usr/bin/env bash
# Closing the terminal while editing (as a dropped SSH session does: the pane and its pseudo-terminal
# disappear, SIGHUP arrives) ends knooppunt with the edit saved and a file that parses.
source "$(dirname "$0")/lib.sh"
make_demo
file="$(section_file)"
start_session 80 24
start_knooppunt
wait_for "Stap 0 ·"
keys l l
wait_for "Stap 2 ·"
edit_selected_title
keys End
type_text " (verbinding weg)"
wait_for "(verbinding weg)"
pid="$(knooppunt_pid)"
[[ -n "$pid" ]] || fail "knooppunt is not running"
tm kill-pane -t "$E2E_TARGET" 2>/dev/null || true
for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid"
    fail "knooppunt kept running after its terminal was closed"
fi
json_check "$file" "any(i['title'].endswith(' (verbinding weg)') for i in d['section']['initiatives'])"
pass
