#!/usr/bin/env bash
# How the interface starts: refuses without a terminal; with two sections shows the picker; --section
# opens one directly; --lang en or an English LANG gives English labels; an unknown section is one
# sentence, before the screen is taken over; so is a terminal knooppunt cannot drive.
source "$(dirname "$0")/lib.sh"
make_demo
"$KNOOPPUNT_BIN" new-section "Sectie Frans" --data-dir "$DATA" >/dev/null || fail "new-section failed"

# Not a terminal: one sentence on stderr, status non-zero, nothing on stdout.
set +e
"$KNOOPPUNT_BIN" --lang en </dev/null >"$DATA/out.txt" 2>"$DATA/err.txt"
status=$?
set -e
((status != 0)) || fail "knooppunt without a terminal exited with status 0"
grep -qF "needs a terminal" "$DATA/err.txt" || fail "no clear sentence without a terminal: $(cat "$DATA/err.txt")"
[[ ! -s "$DATA/out.txt" ]] || fail "knooppunt wrote to stdout without a terminal: $(cat -v "$DATA/out.txt")"

start_session 80 24
start_knooppunt
wait_for "Sectie Frans"
wait_for "Sectie Engels"
keys j Enter
wait_for "Geopend: Sectie Frans"
keys q
wait_exit 0
expect_terminal_clean

run_in_pane clear
start_knooppunt --section sectie-engels --lang en
wait_for "Step 0 ·"
wait_for "Opened: Sectie Engels"
keys q
wait_exit 0

# An English LANG (with LC_ALL unset) gives English labels too.
run_in_pane clear
run_in_pane "env -u LC_ALL LANG=en_GB.UTF-8 '$KNOOPPUNT_BIN' --section sectie-engels; echo EXIT:\$?"
wait_for "Step 0 ·"
keys q
wait_exit 0

run_in_pane clear
start_knooppunt --section nope --lang en
wait_for "no section"
wait_exit 1
[[ "$(pane_flag alternate_on)" == 0 ]] || fail "the screen was taken over for an unknown section"

# A terminal that cannot place the cursor, and one that is unknown: one sentence each, status 1.
run_in_pane clear
run_in_pane "TERM=dumb '$KNOOPPUNT_BIN'; echo EXIT:\$?"
wait_for "cannot place the cursor"
wait_exit 1
run_in_pane clear
run_in_pane "TERM=no-such-terminal '$KNOOPPUNT_BIN'; echo EXIT:\$?"
wait_for "cannot drive this terminal"
wait_exit 1
expect_terminal_clean
pass
