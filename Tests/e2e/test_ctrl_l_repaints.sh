#!/usr/bin/env bash
# Ctrl-L repaints the whole screen: text another program wrote onto the terminal (here: written
# straight to the pane's tty) disappears, and the interface is whole again.
source "$(dirname "$0")/lib.sh"
make_demo
start_session 80 24
start_knooppunt
wait_for "Stap 0 ·"
tty="$(pane_flag pane_tty)"
printf '\033[5;10HSTORENDE-TEKST\033[20;1HNOG-MEER' >"$tty"
wait_for "STORENDE-TEKST"
keys C-l
wait_gone "STORENDE-TEKST"
expect_screen_lacks "NOG-MEER"
expect_screen_has "Stap 0 ·"
expect_screen_has "Sectie Engels"
keys q
wait_exit 0
expect_terminal_clean
pass
