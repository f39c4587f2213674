#!/usr/bin/env bash
# Two laptops sharing a section through a bare git repository: the interface on laptop B takes in what
# laptop A synced (F5, then the file watch), a conflict both made is decided in the interface (C, →),
# and quitting syncs, so laptop A ends with the same section and no open conflict.
source "$(dirname "$0")/lib.sh"
command -v git >/dev/null || { echo "## SKIPPING test_git_two_laptops: git is not installed (apt-get install git)" >&2; pass; exit 0; }
REMOTE="$DATA/remote.git"
A="$DATA/laptop-a"
B="$DATA/laptop-b"
export HOME="$DATA"
git init -q --bare "$REMOTE"
"$KNOOPPUNT_BIN" demo --data-dir "$A" >/dev/null || fail "demo on A"
"$KNOOPPUNT_BIN" share init --data-dir "$A" --remote "$REMOTE" >/dev/null || fail "share init on A"
"$KNOOPPUNT_BIN" share clone "$REMOTE" --data-dir "$B" >/dev/null || fail "share clone on B"

start_session 100 30
start_knooppunt --data-dir "$B"
wait_for "Stap 0 ·"
wait_for "⇅"
# Laptop A moves Toetsmodel on and shares it; B's F5 takes it in.
"$KNOOPPUNT_BIN" step --data-dir "$A" --section sectie-engels --initiative Toetsmodel next --force >/dev/null
"$KNOOPPUNT_BIN" sync --data-dir "$A" >/dev/null || fail "sync on A"
keys F5
wait_for "Toetsmodel naar stap 6"
json_check "$B/sectie-engels.json" "any(i['title']=='Toetsmodel' and i['stage']=='6' for i in d['section']['initiatives'])"
keys q
wait_for "EXIT:0"

# Both laptops change Toetsmodel's goal; B's sync keeps both values as an open conflict.
for side in A B; do
    dir="$DATA/laptop-$(echo "$side" | tr 'AB' 'ab')"
    python3 - "$dir/sectie-engels.json" "Doel van $side" <<'PY'
import json, sys
path, goal = sys.argv[1], sys.argv[2]
d = json.load(open(path, encoding="utf-8"))
for i in d["section"]["initiatives"]:
    if i["title"] == "Toetsmodel":
        i["goal"] = goal
json.dump(d, open(path, "w", encoding="utf-8"), indent=2, sort_keys=True, ensure_ascii=False)
PY
done
"$KNOOPPUNT_BIN" sync --data-dir "$A" >/dev/null || fail "sync on A (goal)"
set +e
"$KNOOPPUNT_BIN" sync --data-dir "$B" >/dev/null
status=$?
set -e
[[ $status == 3 ]] || fail "sync on B should report an open conflict (exit 3), got $status"
! grep -q '<<<<<<<' "$B/sectie-engels.json" || fail "conflict markers in the section file"

start_knooppunt --data-dir "$B"
wait_for "⚠ 1 conflict"
keys C
wait_for "andere: Doel van A"
keys Right
wait_for "Niets te beslissen"
keys q
wait_for "EXIT:0"
json_check "$B/sectie-engels.json" "not d['section'].get('conflicts') and any(i['goal']=='Doel van A' for i in d['section']['initiatives'] if i['title']=='Toetsmodel')"
"$KNOOPPUNT_BIN" sync --data-dir "$A" >/dev/null || fail "final sync on A"
json_check "$A/sectie-engels.json" "not d['section'].get('conflicts') and any(i['goal']=='Doel van A' for i in d['section']['initiatives'] if i['title']=='Toetsmodel')"
pass
