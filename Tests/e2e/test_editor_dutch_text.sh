#!/usr/bin/env bash
# Edits text fields with Dutch characters: types into the title (ë ï é), pastes two lines into the
# motivation (bracketed paste, so the pasted q and Enter are text, not keys), and checks the file.
source "$(dirname "$0")/lib.sh"
make_demo
file="$(section_file)"
start_session 80 24
start_knooppunt
wait_for "Stap 0 ·"
keys l l
wait_for "Stap 2 ·"
# Pasted text is never taken as keys: a paste of "q" on the board must not quit, "2" not switch screens.
paste_text "q2"
sleep 0.5
expect_screen_lacks "EXIT:"
expect_screen_has "Stap 2 ·"
edit_selected_title
keys End
type_text " Zoë Anaïs"
wait_for "Zoë Anaïs"
# Ctrl-Left jumps a word back (before Anaïs); Backspace removes the x typed there.
keys C-Left
type_text "cafx"
keys BSpace
type_text "é "
keys End
type_text "!"
keys Enter
wait_for "Zoë café Anaïs!"
json_check "$file" "any(i['title'] == 'Uitgangspunten voor klassenverdeling Zoë café Anaïs!' for i in d['section']['initiatives'])"
# Motivation is the fourth field (title, origin, initiators, motivation).
keys j j j
keys Enter
wait_for "klaar"
paste_text "Eén regel over Chloë;
q en Esc zijn hier gewoon tekst"
sleep 0.3
keys Tab
wait_for "Chloë"
json_check "$file" "any('Eén regel over Chloë;\nq en Esc zijn hier gewoon tekst' in i['motivation'] for i in d['section']['initiatives'])"
keys Escape
keys q
wait_exit 0
expect_terminal_clean "Titel"
pass
