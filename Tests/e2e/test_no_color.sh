#!/usr/bin/env bash
# NO_COLOR=1: no colour at all on the screen, and the board still shows which card and column are
# selected, by reverse video; moving the selection moves the reverse video.
source "$(dirname "$0")/lib.sh"
make_demo
start_session 80 24 NO_COLOR=1
start_knooppunt
wait_for "Stap 0 ·"
keys l l
wait_for "Stap 2 ·"
sleep 0.3
styled="$(screen_with_styles)"
# SGR colour parameters 30-37/40-47 (and 90-107, 38;5, 48;5) must not occur; 39 and 49 (default) may.
if printf '%s' "$styled" | grep -qE $'\e\\[([0-9;]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9;]*)?m'; then
    printf '%s\n' "$styled" | grep -oE $'\e\\[[0-9;]*m' | sort | uniq -c >&2
    fail "colour codes on the screen with NO_COLOR=1"
fi
# The selected card (row 3 of the board, "Uitgangspunt…") is in reverse video.
card_line="$(printf '%s\n' "$styled" | sed -n 3p)"
printf '%s' "$card_line" | grep -qE $'\e\\[([0-9;]*;)?7(;[0-9;]*)?m[^\e]*Uitgangspunt' \
    || fail "the selected card is not in reverse video without colour: $(printf '%s' "$card_line" | cat -v)"
keys l l
wait_for "Stap 4 ·"
sleep 0.3
card_line="$(screen_with_styles | sed -n 3p)"
printf '%s' "$card_line" | grep -qE $'\e\\[([0-9;]*;)?7(;[0-9;]*)?m[^\e]*English' \
    || fail "the selection did not move to English Proficiency: $(printf '%s' "$card_line" | cat -v)"
printf '%s' "$card_line" | grep -qE $'\e\\[([0-9;]*;)?7(;[0-9;]*)?m[^\e]*Uitgangspunt' \
    && fail "the old card is still in reverse video"
keys q
wait_exit 0
expect_terminal_clean
pass
