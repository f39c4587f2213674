#!/usr/bin/env bash
# A data directory in a folder that a real Syncthing pair (two instances on 127.0.0.1 only) keeps in
# step: both laptops change the same section while both run; Syncthing leaves a conflict copy, which
# knooppunt merges in and moves out. Within a bounded time both directories hold both changes and no
# conflict copy is left.
source "$(dirname "$0")/../e2e/lib.sh"
if ! command -v syncthing >/dev/null; then
    echo "############################################################################################" >&2
    echo "## SKIPPING test_syncthing_two_laptops: syncthing is not installed (apt-get install syncthing)" >&2
    echo "############################################################################################" >&2
    pass
    exit 0
fi
A="$DATA/laptop-a"
B="$DATA/laptop-b"
mkdir -p "$A" "$B"
"$KNOOPPUNT_BIN" demo --data-dir "$A" >/dev/null || fail "demo on A"
pids="$(python3 "$E2E_ROOT/Tests/reference/syncthing_pair.py" start "$DATA" "$A" "$B")" || fail "syncthing did not start"
stop_syncthing() { for p in $pids; do kill "$p" 2>/dev/null || true; done; }
trap 'stop_syncthing; e2e_cleanup' EXIT

# The section reaches laptop B.
for _ in $(seq 1 120); do [[ -f "$B/sectie-engels.json" ]] && break; sleep 0.5; done
[[ -f "$B/sectie-engels.json" ]] || { cat "$DATA"/syncthing-*.log >&2; fail "the section never reached laptop B"; }
sleep 2

# Both laptops change the section at the same moment.
"$KNOOPPUNT_BIN" step --data-dir "$A" --section sectie-engels --initiative Toetsmodel next --force >/dev/null &
"$KNOOPPUNT_BIN" step --data-dir "$B" --section sectie-engels --initiative Literatuur next --force >/dev/null &
wait

# knooppunt sync (in a synced folder: merge the conflict copies) on both sides until they agree.
both() {
    python3 - "$1" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))["section"]
stages = {i["title"]: i["stage"] for i in d["initiatives"]}
sys.exit(0 if stages.get("Toetsmodel") == "6" and stages.get("Literatuuronderwijs") == "9" else 1)
PY
}
ok=0
for _ in $(seq 1 90); do
    "$KNOOPPUNT_BIN" sync --data-dir "$A" --lang en >>"$DATA/sync.log" 2>&1 || true
    "$KNOOPPUNT_BIN" sync --data-dir "$B" --lang en >>"$DATA/sync.log" 2>&1 || true
    copies="$(ls "$A" "$B" | grep -c 'sync-conflict' || true)"
    if [[ "$copies" == 0 ]] && both "$A/sectie-engels.json" && both "$B/sectie-engels.json"; then ok=1; break; fi
    sleep 1
done
[[ $ok == 1 ]] || { ls -la "$A" "$B" >&2; cat "$DATA/sync.log" >&2; fail "the two laptops did not end with both changes and no conflict copy"; }
# How the two changes met, for the record: a conflict copy merged, or a replaced save recovered.
echo "merged conflict copies: $(grep -c '^Merged:' "$DATA/sync.log" || true); recovered saves: $(grep -c '^Recovered:' "$DATA/sync.log" || true)"
pass
