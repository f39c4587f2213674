#!/usr/bin/env bash
# `q` ends the interface and gives the shell back as it was: normal screen, no mouse or paste modes,
# cursor visible, line editing on, nothing of the interface left on the screen.
source "$(dirname "$0")/lib.sh"
start_session 80 24
start_knooppunt
wait_for_regex '.' 5
sleep 0.5
[[ "$(pane_flag alternate_on)" == 1 ]] || fail "the interface did not switch to the alternate screen"
[[ "$(pane_flag cursor_flag)" == 0 ]] || fail "the cursor is visible in the interface"
[[ "$(pane_flag mouse_any_flag)" == 1 || "$(pane_flag mouse_standard_flag)" == 1 || "$(pane_flag mouse_button_flag)" == 1 ]] \
    || fail "mouse reporting is not on in the interface"
keys q
wait_exit 0
expect_terminal_clean
pass
