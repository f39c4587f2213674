#!/usr/bin/env bash
# Issue 9 §4 and issue 10 in the running program, at 80×24: the demo's private notes are in this
# machine's private file, not in the section file; P on the sociogram makes it the coach's own, so its
# measurements leave the section file (and come back with P); Tab completes the path of `I`.
source "$(dirname "$0")/lib.sh"
work="$(mktemp -d "${TMPDIR:-/tmp}/knooppunt-e2e-private.XXXXXX")"
trap 'rm -rf "$work"; e2e_cleanup' EXIT
export XDG_STATE_HOME="$work/state"
make_demo
file="$(section_file)"
grep -q "ouderschapsverlof" "$file" && fail "a private note is in the section file"
grep -rq "ouderschapsverlof" "$work/state" || fail "the private note is not in the state folder"
measured="len(d['section']['networks']['sociograms'][0]['measurements'])"
json_check "$file" "$measured > 0"
mkdir -p "$work/enquetes/najaar"
printf 'Naam,Keuze 1\n' >"$work/enquetes/antwoorden-2026.csv"

start_session 80 24
start_knooppunt
wait_for "Stap 0"
keys 4
wait_for "Sociogram sectie Engels"
keys P
wait_for "[eigen, metingen privé]"
sleep 0.5
json_check "$file" "$measured == 0 and d['section']['networks']['sociograms'][0].get('coachOwn') == True"
keys P
wait_gone "[eigen, metingen privé]"
sleep 0.5
json_check "$file" "$measured > 0"

keys I
wait_for "Enquêtebestand"
type_text "$work/enq"
keys Tab
wait_for "enquetes/"
type_text "a"
keys Tab
wait_for "antwoorden-2026.csv"
keys C-a C-k
type_text "$work/enquetes/"
keys Tab Tab
wait_for "najaar/"
keys Escape Escape
keys q
wait_exit 0
pass
