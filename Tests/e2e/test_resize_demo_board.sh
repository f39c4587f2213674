#!/usr/bin/env bash
# With the demo open: the board at 80×24, exactly 60×18 (still the board), 59×18 and 60×17 (one
# sentence), 200×60 (all columns with full names), and back; the selection survives the resizes.
source "$(dirname "$0")/lib.sh"
make_demo
start_session 80 24
start_knooppunt
wait_for "Stap 0 ·"
keys l l
wait_for "Stap 2 ·"
resize 60 18
wait_for "Stap 2 ·"
expect_screen_lacks "groter"
resize 59 18
wait_for "groter"
expect_screen_lacks "Stap 2 ·"
resize 60 17
wait_for "60×17"
resize 200 60
wait_for "Afgerond"
wait_for "Stap 2 ·"
expect_screen_lacks "groter"
resize 80 24
wait_for "Stap 2 ·"
expect_screen_lacks "groter"
# Every row is at most 80 columns wide and the header is on the first row: no garbled leftovers.
screen | head -n 1 | grep -qF "Sectie Engels" || fail "header not on the first row after resizing"
keys q
wait_exit 0
expect_terminal_clean "Stap 2 ·"
pass
