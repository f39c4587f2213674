#!/usr/bin/env bash
# Issue 4's screens on the demo, at 80×24 and at projector size 200×60: `3` shows Gemma's ecogram with
# her contacts and the legend, Tab the network analysis of Literatuuronderwijs where the arrows select a
# person whose full name then shows, and `4` the sociogram with all seven teachers. `q` leaves the
# terminal clean.
source "$(dirname "$0")/lib.sh"
make_demo

# selected_name: the full name heading the details pane ("Theo Geërts (l)" above "verbindt: …").
selected_name() {
    screen | grep -B1 -F "verbindt:" | head -n 1 \
        | grep -oE "(Gemma de Vries|Caroline Noël|Fred van Dijk|Thomas Hoekstra|Jochem Brouwer|Heleen Jansen|Theo Geërts|Joëlle|Marieke)" \
        | head -n 1 || true
}

visit_networks() {
    wait_for "Stap 0"
    keys 3
    wait_for "Ecogram: Gemma"
    # Contacts' labels (shortened with … when crowded, so only the start is checked) and the legend.
    wait_for "Joëlle"
    expect_screen_has "Marieke"
    expect_screen_has "Caroline"
    expect_screen_has "eigen sectie"
    expect_screen_has "K kennisuitwisseling"
    expect_screen_has "sterk"
    keys Tab
    wait_for "Netwerkanalyse: Literatuuronderwijs"
    expect_screen_has "Leesplezier"
    expect_screen_has "i initiatiefnemer"
    # Nobody is selected yet, so the details pane says nothing about a schakel.
    expect_screen_lacks "verbindt:"
    # The first arrow selects the centre, the next one moves to the nearest schakel below it; the
    # details pane then names them in full, with what they connect.
    keys Right
    sleep 0.2
    keys Down
    wait_for "verbindt:"
    local first
    first="$(selected_name)"
    [[ -n "$first" ]] || fail "the details pane does not name the selected schakel in full"
    # More arrows move the selection to someone else.
    keys Left
    sleep 0.3
    local second
    second="$(selected_name)"
    [[ -n "$second" && "$second" != "$first" ]] || fail "Left did not move the selection from $first to another schakel"
    keys 4
    wait_for "Sociogram sectie Engels"
    local name
    for name in Gemma Caroline Fred Thomas Jochem Heleen Theo; do
        expect_screen_has "$name"
    done
    expect_screen_has "wederzijds"
    expect_screen_has "hechtheid"
}

start_session 80 24
start_knooppunt
visit_networks
keys q
wait_exit 0
expect_terminal_clean "Sociogram sectie Engels"

resize 200 60
start_knooppunt
visit_networks
# At projector size the labels are not shortened.
keys 3
wait_for "Joëlle (oud-stagiair)"
expect_screen_has "Marieke (Nederlands)"
keys q
wait_exit 0
expect_terminal_clean "Ecogram: Gemma"
pass
