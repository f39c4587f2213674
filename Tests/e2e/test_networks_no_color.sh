#!/usr/bin/env bash
# NO_COLOR=1 on the network screens: no colour codes at all, and the legends still tell everything by
# line pattern and letter (DESIGN.md: without colour, line patterns and letters still tell everything).
source "$(dirname "$0")/lib.sh"
make_demo

expect_no_colour() {
    local styled
    styled="$(screen_with_styles)"
    if printf '%s' "$styled" | grep -qE $'\e\\[([0-9;]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9;]*)?m'; then
        printf '%s\n' "$styled" | grep -oE $'\e\\[[0-9;]*m' | sort | uniq -c >&2
        fail "colour codes on the $1 with NO_COLOR=1"
    fi
}

start_session 80 24 NO_COLOR=1
start_knooppunt
wait_for "Stap 0"
keys 3
wait_for "Ecogram: Gemma"
# The ecogram's legend: strong ties solid, weak ones dotted, relation letters spelled out.
wait_for "⣿ sterk"
expect_screen_has "⠒"
expect_screen_has "K kennisuitwisseling"
expect_screen_has "eigen sectie"
sleep 0.2
expect_no_colour "ecogram"
keys Tab
wait_for "Netwerkanalyse: Literatuuronderwijs"
expect_screen_has "i initiatiefnemer"
sleep 0.2
expect_no_colour "network analysis"
keys 4
wait_for "Sociogram sectie Engels"
wait_for "⣿ wederzijds"
expect_screen_has "⠒ eenzijdig"
expect_screen_has "Z zorg"
sleep 0.2
expect_no_colour "sociogram"
keys q
wait_exit 0
expect_terminal_clean "Sociogram sectie Engels"
pass
