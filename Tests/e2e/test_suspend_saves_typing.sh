#!/usr/bin/env bash
# Ctrl-Z while typing a title saves the text before the program stops: a stopped program killed with
# SIGKILL (nothing of it runs any more) still leaves the typed text in the section file.
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
type_text " (voor de pauze)"
wait_for "(voor de pauze)"
pid="$(knooppunt_pid)"
[[ -n "$pid" ]] || fail "knooppunt is not running"
keys C-z
wait_for "Stopped"
json_check "$file" "any(i['title'].endswith(' (voor de pauze)') for i in d['section']['initiatives'])"
kill -KILL "$pid" 2>/dev/null || true
sleep 0.2
json_check "$file" "any(i['title'].endswith(' (voor de pauze)') for i in d['section']['initiatives'])"
pass
