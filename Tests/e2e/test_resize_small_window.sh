#!/usr/bin/env bash
# Resizing redraws at once; below 60×18 one sentence asks for a larger window; at exactly 60×18 and
# back at 80×24 the interface is there again.
source "$(dirname "$0")/lib.sh"
start_session 80 24
start_knooppunt
sleep 0.5
[[ "$(pane_flag alternate_on)" == 1 ]] || fail "the interface did not start"
resize 59 18
wait_for "groter" 5
resize 60 17
wait_for "60×17" 5
# The sentence is the only thing on the screen: one non-empty line.
lines="$(screen | grep -c '[^[:space:]]' || true)"
((lines <= 2)) || fail "a too small window shows more than the sentence ($lines lines)"
resize 60 18
wait_gone "groter" 5
resize 80 24
sleep 0.3
expect_screen_lacks "groter"
resize 30 8
wait_for "groter" 5
resize 80 24
wait_gone "groter" 5
keys q
wait_exit 0
expect_terminal_clean "groter"
pass
