#!/usr/bin/env bash
# Without a UTF-8 locale (LANG unset, as over SSH or in a container) Dutch names and box drawing still
# draw correctly: knooppunt switches its character handling to UTF-8.
source "$(dirname "$0")/lib.sh"
make_demo
start_session 80 24 LANG=C LC_ALL=C
start_knooppunt
wait_for "Stap 0 ·"
keys 5
wait_for "Caroline Noël"
wait_for "Theo Geërts"
keys 1
wait_for "──────"
keys q
wait_exit 0
expect_terminal_clean
pass
