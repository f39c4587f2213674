#!/usr/bin/env bash
# `I` on the sociogram screen: the path of a Google Forms export, the preview (columns with roles and the
# topic read from the question, names with their matches), Enter imports into a new measurement dated by
# the export, `u` takes the whole import back. Run at 80×24.
source "$(dirname "$0")/lib.sh"
make_demo
file="$(section_file)"
work="$(mktemp -d "${TMPDIR:-/tmp}/knooppunt-e2e-import.XXXXXX")"
trap 'rm -rf "$work"; e2e_cleanup' EXIT
cp "$(dirname "$0")/../fixtures/survey/google-en.csv" "$work/responses.csv"

imported="any(t['name'] == 'lesson planning' for t in d['section']['networks']['sociograms'][0]['topics'])"
dates="[m['date'] for m in d['section']['networks']['sociograms'][0]['measurements']]"
json_check "$file" "not $imported"

start_session 80 24
start_knooppunt
wait_for "Stap 0"
keys 4
wait_for "Sociogram sectie Engels"
keys I
wait_for "Enquêtebestand"
type_text "$work/responses.csv"
keys Enter
wait_for "Klaar om te importeren"
expect_screen_has "Timestamp: tijd van voltooien"
expect_screen_has "C  Your name: respondent"
expect_screen_has "vraag → onderwerp ‘lesson plan"
keys Enter
wait_for "Geïmporteerd: 3 keuzes van 2 respondenten"
json_eventually "$file" "$imported and '2027-01-15' in $dates"
keys u
wait_for "Ongedaan"
json_eventually "$file" "not $imported and '2027-01-15' not in $dates"
keys q
wait_exit 0
pass
