#!/usr/bin/env bash
# The sociomatrix of the demo sociogram (`4`, then `s`): arrows and space toggle one choice for the topic
# "zorg" in the latest measurement, the file has exactly one tie more, `u` takes it back. Negative
# choices (the demo has Gemma → Thomas for "didactiek") are hidden on this shared screen until `!`, in the
# matrix and in the drawing, and hidden again by a second `!`. Run at 80×24 and at 200×60.
source "$(dirname "$0")/lib.sh"
make_demo
file="$(section_file)"
# Choices of the latest measurement for one topic, by topic name.
choices() {
    echo "[c for s in d['section']['networks']['sociograms'][:1] for m in s['measurements'][-1:] for c in m['choices'] if c['topicID'] == [t['id'] for t in s['topics'] if t['name'] == '$1'][0]]"
}
people="{p['id']: p['name'] for p in d['section']['people']}"
before="$(python3 -c "import json; d = json.load(open('$file')); print(len($(choices zorg)))")"
gemma_fred="any($people[c['from']].startswith('Gemma') and $people[c['to']].startswith('Fred') for c in $(choices zorg))"
json_check "$file" "not $gemma_fred"


run_matrix() {
    start_knooppunt
    wait_for "Stap 0"
    keys 4
    wait_for "Sociogram sectie Engels"
    keys s
    wait_for "rij kiest kolom"
    wait_for "Sociogram sectie Engels: zorg"
    expect_screen_has "GdV"
    # Row Gemma (the first), column Fred (the third): Gemma did not choose Fred for zorg.
    keys Right Right
    keys Space
    json_eventually "$file" "len($(choices zorg)) == $before + 1"
    json_check "$file" "$gemma_fred"
    keys u
    wait_for "Ongedaan"
    json_eventually "$file" "len($(choices zorg)) == $before"
    json_check "$file" "not $gemma_fred"

    # Negative choices: hidden in the matrix until `!`.
    keys t t t
    wait_for "Sociogram sectie Engels: didactiek"
    sleep 0.2
    expect_screen_lacks "−"
    keys '!'
    wait_for "Gevoelige gegevens zichtbaar"
    wait_for "−"
    # The minus is in Gemma's row.
    screen | grep -E "^ ?Gemma" | grep -qF "−" || fail "the negative choice is not in Gemma's row"
    # Back to the drawing (same topic): the negative tie and its legend entry show while revealed...
    keys Escape
    wait_for "negatief"
    expect_screen_has "−"
    # ...and are gone after the second `!`.
    keys '!'
    wait_for "Gevoelige gegevens verborgen"
    wait_gone "negatief"
    expect_screen_lacks "−"
    keys q
    wait_exit 0
    expect_terminal_clean "rij kiest kolom"
}

start_session 80 24
run_matrix
resize 200 60
run_matrix
json_check "$file" "len($(choices zorg)) == $before"
json_check "$file" "len($(choices didactiek)) > 0"
pass
