#!/usr/bin/env bash
# `knooppunt import survey` into the demo: a small CSV as an online form exports it adds its choices to
# the latest measurement for the topic (names matched ignoring case and accents); a CSV with a name
# nobody in the section has changes nothing at all (the file stays byte-identical) and fails.
source "$(dirname "$0")/lib.sh"
make_demo
file="$(section_file)"
work="$(mktemp -d "${TMPDIR:-/tmp}/knooppunt-e2e-csv.XXXXXX")"
trap 'rm -rf "$work"; e2e_cleanup' EXIT

zorg="[c for s in d['section']['networks']['sociograms'][:1] for m in s['measurements'][-1:] for c in m['choices'] if c['topicID'] == [t['id'] for t in s['topics'] if t['name'] == 'zorg'][0]]"
people="{p['id']: p['name'] for p in d['section']['people']}"
fred_chose="sorted($people[c['to']] for c in $zorg if $people[c['from']].startswith('Fred'))"
before="$(python3 -c "import json; d = json.load(open('$file')); print(len($zorg))")"
json_check "$file" "$fred_chose == []"

# Fred chose nobody for zorg in the demo; here he chooses Jochem and Heleen, written as people type them.
printf 'Naam,Keuze 1,Keuze 2\nfred van dijk,JOCHEM,Heleen Jansen\n' >"$work/enquete.csv"
out="$("$KNOOPPUNT_BIN" import survey "$work/enquete.csv" --section sectie-engels --topic zorg --lang en \
    --data-dir "$DATA" 2>&1)" || fail "the import failed: $out"
echo "$out" | grep -qF "Imported 2 choices" || fail "unexpected report: $out"
json_check "$file" "$fred_chose == ['Heleen Jansen', 'Jochem Brouwer']"
json_check "$file" "len($zorg) == $before + 2"

# An unknown name: nothing is imported, the file is untouched, the status is non-zero, the name is named.
cp "$file" "$work/before.json"
printf 'Naam,Keuze 1\nTheo,Pietje Puk\n' >"$work/onbekend.csv"
status=0
out="$("$KNOOPPUNT_BIN" import survey "$work/onbekend.csv" --section sectie-engels --topic zorg \
    --data-dir "$DATA" 2>&1)" || status=$?
((status != 0)) || fail "an unknown name was accepted (exit status 0): $out"
echo "$out" | grep -qF "Pietje Puk" || fail "the message does not name the unknown name: $out"
cmp -s "$file" "$work/before.json" || fail "the section file changed although nothing was imported"
pass
