#!/usr/bin/env bash
# User text is data: a paste with escape sequences (clear screen, red), a bell and a line break into the
# title neither clears nor colours the screen, and no control character reaches the file.
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
paste_text $' X\e[2J\e[31mRood\a\r\nY'
sleep 0.3
keys Enter
wait_for "Rood"
expect_screen_has "Sectie Engels"
expect_screen_has "Stap 2 ·"
if screen_with_styles | grep -F "Rood" | grep -qE $'\e\\[([0-9;]*;)?31(;[0-9;]*)?m[^\e]*Rood'; then
    fail "the pasted colour sequence reached the terminal"
fi
json_check "$file" "all(ord(c) >= 32 and ord(c) != 127 for i in d['section']['initiatives'] for c in i['title'])"
json_check "$file" "any('Rood' in i['title'] for i in d['section']['initiatives'])"
keys q
wait_exit 0
expect_terminal_clean
pass
