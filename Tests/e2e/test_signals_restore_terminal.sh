#!/usr/bin/env bash
# While a text field is being edited, SIGTERM, SIGHUP and Ctrl-C (SIGINT through the terminal) each
# end knooppunt with the text typed so far saved, the terminal restored, and a file that parses.
source "$(dirname "$0")/lib.sh"
make_demo
file="$(section_file)"
start_session 80 24

edit_then() {
    local suffix="$1"
    start_knooppunt
    wait_for "Stap 0 ·"
    keys l l
    wait_for "Stap 2 ·"
    edit_selected_title
    keys End
    type_text "$suffix"
    wait_for "$suffix"
}

edit_then "+t"
kill -TERM "$(knooppunt_pid)"
wait_exit 143
expect_terminal_clean "Titel"
json_check "$file" "any(i['title'].endswith('klassenverdeling+t') for i in d['section']['initiatives'])"
run_in_pane clear

edit_then "+h"
kill -HUP "$(knooppunt_pid)"
wait_exit 129
expect_terminal_clean "Titel"
json_check "$file" "any(i['title'].endswith('klassenverdeling+t+h') for i in d['section']['initiatives'])"
run_in_pane clear

edit_then "+c"
keys C-c
wait_exit 130
expect_terminal_clean "Titel"
json_check "$file" "any(i['title'].endswith('klassenverdeling+t+h+c') for i in d['section']['initiatives'])"
pass
