#!/usr/bin/env bash
# Opens the demo (one section, so it opens directly), moves "Uitgangspunten voor klassenverdeling" from
# step 2 to step 3 with `>`, confirms the question about missing records, and checks the file.
source "$(dirname "$0")/lib.sh"
make_demo
file="$(section_file)"
json_check "$file" "[i['stage'] for i in d['section']['initiatives'] if i['title'].startswith('Uitgangspunten')] == ['2']"
start_session 80 24
start_knooppunt
wait_for "Sectie Engels"
wait_for "Stap 0"
keys l l
wait_for "Stap 2 ·"
keys '>'
# Moving on with the involved people not recorded asks first (issue 3: "asks for confirmation").
wait_for "Nog niet"
keys j
wait_for "naar 3"
wait_for "Stap 3 ·"
json_check "$file" "[i['stage'] for i in d['section']['initiatives'] if i['title'].startswith('Uitgangspunten')] == ['3']"
json_check "$file" "[(h['from'], h['to']) for i in d['section']['initiatives'] if i['title'].startswith('Uitgangspunten') for h in i['history']][-1] == ('2', '3')"
# The selection followed the card to its new column.
keys Home
wait_for "Stap 0 ·"
keys q
wait_exit 0
expect_terminal_clean "Stap 0 ·"
json_check "$file" "d['revision'] >= 2"
pass
