#!/usr/bin/env bash
# Meeting mode (m) for meeting 4: records a note with Dutch characters on the first item, checks it is
# in the initiative's history in the file, undoes it (u) and checks it is gone, redoes it (Ctrl-R), shows
# the meeting at projector size, and advances the item's step with a decision (>).
source "$(dirname "$0")/lib.sh"
make_demo
file="$(section_file)"
note="Besluit: Noël en Chloë schrijven de eerste versie"
has_note="any(h['note'].endswith('$note') for i in d['section']['initiatives'] for h in i['history'])"
start_session 80 24
start_knooppunt
wait_for "Stap 0 ·"
keys m
wait_for "Overleg 4"
keys Home j j j Enter
wait_for "OVERLEG 4"
wait_for "P Plannen bespreken"
keys n
wait_for "Notitie"
type_text "$note"
keys C-s
wait_for "vastgelegd"
json_check "$file" "$has_note"
json_check "$file" "any(h['note'] == 'Overleg 4: $note' for i in d['section']['initiatives'] for h in i['history'])"
keys u
wait_for "Ongedaan"
json_check "$file" "not $has_note"
keys C-r
wait_for "Opnieuw gedaan"
json_check "$file" "$has_note"
# On the projector: the same meeting at 200×60.
resize 200 60
wait_for "OVERLEG 4"
wait_for "R Regelwerk tussendoor"
resize 80 24
wait_for "OVERLEG 4"
# Advance the item's step from meeting mode, with a decision: step 2 → 3 (confirming the missing record).
keys '>'
wait_for "naar 3 Informeren"
type_text "Akkoord in overleg"
keys C-s
wait_for "Nog niet"
keys j
wait_for "stap 3"
json_check "$file" "[(h['from'], h['to'], h['note']) for i in d['section']['initiatives'] if i['title'].startswith('Uitgangspunten') for h in i['history']][-1] == ('2', '3', 'Overleg 4: Akkoord in overleg')"
# Leaving meeting mode asks the short evaluation; Esc skips it.
keys Escape
wait_for "wat ging goed"
keys Escape
keys q
wait_exit 0
expect_terminal_clean "OVERLEG"
pass
