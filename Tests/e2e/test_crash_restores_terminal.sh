#!/usr/bin/env bash
# Even a crash (here a SIGSEGV from outside, as a bug would raise) leaves a usable terminal: the crash
# handler puts back the shell's terminal settings and switches off the alternate screen, mouse and
# paste reporting before the process dies. The section file is untouched and still parses.
source "$(dirname "$0")/lib.sh"
make_demo
file="$(section_file)"
before="$(sha256sum "$file")"
start_session 80 24
start_knooppunt
wait_for "Stap 0 ·"
keys l
wait_for "Stap 1 ·"
kill -SEGV "$(knooppunt_pid)"
wait_exit 139
expect_terminal_clean
json_check "$file" "d['section']['name'] == 'Sectie Engels'"
[[ "$(sha256sum "$file")" == "$before" ]] || fail "the section file changed although nothing was edited"
pass
