#!/usr/bin/env bash
# From the sociogram to interventions, and a groslijst before the ecogram, as a user types them. `A` on
# screen 4 opens the interventions of the shown measurement: one is agreed (what, who through the person
# lookup, a Dutch date) and marked done; the file holds it with the person's id. `g` on Gemma's ecogram
# opens her groslijst: a wished-for contact appears dashed in her ecogram's legend and becomes a schakel
# of the network analysis with `s`. Run at 80×24 and at 160×45.
source "$(dirname "$0")/lib.sh"
make_demo
file="$(section_file)"
people="{p['id']: p['name'] for p in d['section']['people']}"
interventions="d['section'].get('instruments', {}).get('interventions', [])"
lists="d['section'].get('instruments', {}).get('groslijsten', [])"


run_once() {
    local what="$1" wish="$2" count="$3"
    start_knooppunt
    wait_for "Stap 0"
    keys 4
    wait_for "Sociogram sectie Engels"
    keys A
    wait_for "Interventies"
    keys a
    wait_for "Wat spreken jullie af?"
    type_text "$what"
    keys Enter
    wait_for "Wie neemt het op?"
    type_text "Fred"
    keys Enter
    wait_for "Klaar voor welke datum?"
    type_text "1-2-2027"
    keys Enter
    wait_for "Interventie afgesproken"
    wait_for "$what"
    keys Space
    wait_for "[x] $what"
    json_eventually "$file" "len($interventions) == $count and $people[$interventions[-1]['personID']].startswith('Fred') and $interventions[-1]['byWhen'] == '2027-02-01' and $interventions[-1]['done']"
    keys Escape
    wait_for "Sociogram sectie Engels"
    keys 3
    wait_for "Ecogram"
    keys g
    wait_for "Groslijst"
    keys w
    wait_for "Wie zou je graag als contact hebben?"
    type_text "$wish"
    keys Enter
    wait_for "op de groslijst"
    json_eventually "$file" "any(e['name'] == '$wish' and e['wished'] for l in $lists for e in l['entries'])"
    keys s
    wait_for "Schakel maken in welke netwerkanalyse?"
    keys Enter
    wait_for "is nu schakel in"
    json_eventually "$file" "any(s['name'] == '$wish' for a in d['section']['networks']['analyses'] for s in a['schakels'])"
    keys Escape
    wait_for "gewenst contact (groslijst, g)"
    keys q
    wait_exit 0
    expect_terminal_clean "Groslijst"
}

start_session 80 24
run_once "Fred krijgt een maatje" "Openbare bibliotheek" 1
resize 160 45
run_once "Elke vergadering een lesidee" "Vakdidacticus Engels" 2
pass
