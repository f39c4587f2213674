#!/usr/bin/env bash
# Issue 11 on screen 3 at 80×24, as a user: in the network analysis a new schakel has no position and
# `s` writes the selected schakel's contact story (Tab saves, the file has it); on the ecogram `R` says
# what it did although R stays hidden on the shared screen; `q` leaves the terminal clean.
source "$(dirname "$0")/lib.sh"
make_demo
start_session 80 24
start_knooppunt
wait_for "Stap 0"
keys 3
wait_for "Ecogram: Gemma"
keys Tab
wait_for "Netwerkanalyse: Literatuuronderwijs"

# A new schakel: named, selected, and without a position.
keys a
wait_for "Naam van de schakel"
type_text "Ans Bakker"
keys Enter
wait_for "Ans Bakker (nog geen positie; p)"

# Her story, in the dialog of several lines.
keys s
wait_for "Verhaal voor Ans Bakker"
type_text "Vragen of zij de mediatheek openstelt."
keys Tab
wait_for "Verhaal bewaard."
expect_screen_has "Verhaal: Vragen of zij de mediatheek"
file="$(section_file)"
sleep 1
json_check "$file" 'any(s["name"] == "Ans Bakker" and s["positions"] == [] and s["story"].startswith("Vragen of zij") for a in d["section"]["networks"]["analyses"] for s in a["schakels"])'

# The ecogram: the first arrow selects the centre, → the contact seen to its right (Fred).
keys Tab
wait_for "Ecogram: Gemma"
keys Right
wait_for "Gemma de Vries (midden)"
keys Right
wait_for "Fred van Dijk"
keys R
wait_for "R op de lijn met Fred van Dijk gezet; verborgen, ! toont."
keys q
wait_exit 0
expect_terminal_clean "Ecogram: Gemma"
sleep 0.5
json_check "$file" 'any("R" in t["relations"] and t["relations"][0] == "G" for e in d["section"]["networks"]["ecograms"] for t in e["ties"] if len(t["relations"]) == 2)'
pass
