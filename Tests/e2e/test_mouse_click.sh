#!/usr/bin/env bash
# A mouse click selects where the terminal reports it: clicking the card in column 4 of the board
# selects step 4. The click is sent as the terminal would (X10 mouse report, as TERM=tmux-256color
# describes), since tmux only forwards real clients' mouse events.
source "$(dirname "$0")/lib.sh"
make_demo
start_session 80 24
start_knooppunt
wait_for "Stap 0 ·"
sleep 0.3
[[ "$(pane_flag mouse_standard_flag)" == 1 || "$(pane_flag mouse_button_flag)" == 1 || "$(pane_flag mouse_any_flag)" == 1 ]] \
    || fail "mouse reporting is not on"
# The column of "English Proficiency" (step 4): find it on the card row, click its first letter.
row="$(screen | grep -n "English" | head -n 1 | cut -d: -f1)"
[[ -n "$row" ]] || fail "no English Proficiency card on the board"
line="$(screen | sed -n "${row}p")"
prefix="${line%%English*}"
x=${#prefix}
y=$((row - 1))
press=$(printf '\033[M%b%b%b' "\\x$(printf %x 32)" "\\x$(printf %x $((33 + x)))" "\\x$(printf %x $((33 + y)))")
release=$(printf '\033[M%b%b%b' "\\x$(printf %x 35)" "\\x$(printf %x $((33 + x)))" "\\x$(printf %x $((33 + y)))")
tm send-keys -t "$E2E_TARGET" -l -- "$press"
tm send-keys -t "$E2E_TARGET" -l -- "$release"
wait_for "Stap 4 ·"
keys q
wait_exit 0
expect_terminal_clean "Stap 4 ·"
pass
