#!/usr/bin/env bash
# Ctrl-Z hands the shell a clean terminal (no alternate screen, mouse or bracketed paste) and `fg`
# brings the interface back, redrawn and answering keys.
source "$(dirname "$0")/lib.sh"
make_demo
start_session 80 24
start_knooppunt
wait_for "Stap 0 ·"
keys C-z
wait_for "Stopped"
sleep 0.3
[[ "$(pane_flag alternate_on)" == 0 ]] || fail "the alternate screen is on while suspended"
for flag in mouse_any_flag mouse_standard_flag mouse_button_flag; do
    [[ "$(pane_flag "$flag")" == 0 ]] || fail "mouse reporting ($flag) is on while suspended"
done
run_in_pane "cat -v"
sleep 0.2
paste_text "while-suspended"
keys Enter C-d
wait_for "while-suspended"
if screen | grep -qF "200~"; then fail "bracketed paste is on while suspended"; fi
run_in_pane "fg"
wait_for "Stap 0 ·"
[[ "$(pane_flag alternate_on)" == 1 ]] || fail "the interface did not take the screen back"
keys l
wait_for "Stap 1 ·"
# The shell already printed EXIT:148 for the stop; wait for the process itself to end.
pid="$(knooppunt_pid)"
keys q
for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
! kill -0 "$pid" 2>/dev/null || fail "knooppunt did not quit after fg and q"
sleep 0.3
expect_terminal_clean "Stap 1 ·"
pass
