#!/usr/bin/env bash
# A new user's meeting, without the demo: creates a section in the picker, adds a person with a Dutch
# name, an initiative, a meeting with the initiative on its agenda and an overdue routine task, holds the
# meeting (a note survives one Esc out of habit and is saved with Tab), then is killed with SIGTERM while
# typing in the editor. The file afterwards holds every piece; the terminal is clean.
source "$(dirname "$0")/lib.sh"
start_session 80 24 NO_COLOR=1
start_knooppunt
wait_for "Nog geen secties"
keys n
wait_for "Nieuwe sectie"
type_text "Sectie Aardrijkskunde"
keys Enter
wait_for "Geopend: Sectie Aardrijkskunde"
file="$DATA/sectie-aardrijkskunde.json"
keys 5 n
wait_for "Nieuwe persoon"
type_text "Joëlle van den Bergh-Öztürk"
keys Enter
wait_for "toegevoegd"
keys 1 n
wait_for "Nieuw initiatief"
type_text "Veldwerk in de brugklas"
keys Enter
wait_for "gemaakt"
# A meeting, the initiative on it, and a routine task that is already overdue.
keys 2 n
wait_for "Nieuw overleg"
type_text "2027-02-02"
keys Enter
wait_for "Overleg 1 toegevoegd"
keys a
wait_for "Op de agenda bij overleg 1"
keys Enter
wait_for "Op de jaaragenda gezet"
keys l l l a
wait_for "Nieuwe taak"
type_text "Excursie Utrecht regelen"
keys Enter
wait_for "Taak toegevoegd"
keys Enter
wait_for "Uiterste datum"
type_text "2026-01-15"
keys Enter
wait_for "te laat"
# The meeting: a note, one Esc by habit keeps it, Tab saves it into the history.
# m on the jaaragenda holds the selected meeting.
keys m
wait_for "OVERLEG 1"
keys Enter
wait_for "Notitie of besluit"
type_text "Besluit: Joëlle zoekt een locatie"
keys Escape
wait_for "nog eens Esc gooit weg"
keys Tab
wait_for "Notitie vastgelegd"
json_check "$file" "[h['note'] for i in d['section']['initiatives'] for h in i['history']] == ['Overleg 1: Besluit: Joëlle zoekt een locatie']"
# Typing in the editor when the process is told to end: what was typed is saved.
keys e
wait_for "Titel"
keys j j j Enter
wait_for "Typ;"
type_text "Leerlingen meten zelf"
kill -TERM "$(knooppunt_pid)"
wait_exit 143
json_check "$file" "d['section']['initiatives'][0]['motivation'] == 'Leerlingen meten zelf'"
json_check "$file" "d['section']['people'][0]['name'] == 'Joëlle van den Bergh-Öztürk'"
json_check "$file" "[(t['text'], t['due']) for t in d['section']['routineTasks']] == [('Excursie Utrecht regelen', '2026-01-15')]"
json_check "$file" "len(d['section']['meetings']) == 1 and d['section']['meetings'][0]['date'] == '2027-02-02'"
expect_terminal_clean "OVERLEG"
pass
