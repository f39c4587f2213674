#!/usr/bin/env bash
# `>` on "Uitgangspunten voor klassenverdeling" (step 2, nobody involved) asks; `i` opens the people
# picker; choosing someone makes the move to step 3. Then 6 Mijn: `i` remembers "ik ben" on this machine
# (under XDG_STATE_HOME, not in the data folder), and a new start opens screen 6 on that person.
source "$(dirname "$0")/lib.sh"
make_demo
file="$(section_file)"
state="$DATA/machine-state"
start_session 80 24 XDG_STATE_HOME="$state"
start_knooppunt
wait_for "Sectie Engels"
wait_for "Stap 0"
keys l l
wait_for "Stap 2 ·"
keys '>'
wait_for "i = nu invullen"
keys i
wait_for "Betrokkenen"
keys Space Enter
wait_for "Stap 3 ·"
json_check "$file" "[(i['stage'], len(i['involved'])) for i in d['section']['initiatives'] if i['title'].startswith('Uitgangspunten')] == [('3', 1)]"
keys 6
wait_for "Wie ben je? (i)"
keys j i
wait_for "Ik ben CN"
keys q
wait_exit 0
ls "$state"/knooppunt/data-*/chosen-people.json >/dev/null 2>&1 || fail "no chosen-people.json under XDG_STATE_HOME"
[[ "$(section_file)" == "$file" ]] || fail "something besides the section file landed in the data folder"
start_knooppunt
wait_for "Stap 0"
keys 6
wait_for "Ik ben CN"
keys q
wait_exit 0
pass
