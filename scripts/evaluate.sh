#!/usr/bin/env bash
# Scores the temporal tagger on TempEval-3 (TimeBank, AQUAINT) and the event extraction on the
# seed's gold timeline, reading both from ../shared; fails when a score falls below its ratchet
# (.ci/timex-ratchet, .ci/event-ratchet). Skips, saying so, when ../shared is not there.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
if [ ! -d "$shared/tempeval" ] || [ ! -x "$shared/tools/timex-eval" ]; then
  echo "evaluate: ../shared is not here; skipping the TempEval and gold-timeline evaluations"
  exit 0
fi
cargo build --locked --release --quiet
annals="${CARGO_TARGET_DIR:-target}/release/annals"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0

for corpus in timebank aquaint; do
  "$annals" annotate --tml-dir "$shared/tempeval/$corpus" --out-dir "$out/$corpus" 2>/dev/null
  json=$(python3 "$shared/tools/timex-eval" "$shared/tempeval/$corpus" "$out/$corpus" --json)
  read -r strict relaxed value <<<"$(python3 -c '
import json, sys
d = json.loads(sys.argv[1])
def f1(*keys):
    for k in keys:
        v = d.get(k)
        if isinstance(v, dict):
            return v.get("f1", v.get("F1"))
        if isinstance(v, (int, float)):
            return v
    return None
print(f1("strict"), f1("relaxed"), f1("value", "value_f1"))' "$json")"
  floor=$(awk -v c="$corpus" '$1 == c { print $2 }' .ci/timex-ratchet 2>/dev/null || true)
  echo "timex $corpus: strict F1 $strict, relaxed F1 $relaxed, value F1 $value (ratchet ${floor:-none})"
  if [ -n "$floor" ] && python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) + 1e-9 < float(sys.argv[2]) else 1)' "$value" "$floor"; then
    echo "FAIL: $corpus value F1 $value fell below the ratchet $floor"
    status=1
  fi
done

report=$(python3 "$shared/tools/event-eval" --gold "$shared/gold/seed-events.toml" --docs seeds \
  --run "$annals extract --seeds seeds --format json" --json)
python3 - "$report" .ci/event-ratchet <<'PY' || status=1
import json, sys
r = json.loads(sys.argv[1])
floors = {}
try:
    for line in open(sys.argv[2]):
        parts = line.split()
        if len(parts) == 2 and not line.startswith('#'):
            floors[parts[0]] = float(parts[1])
except FileNotFoundError:
    pass
def get(path):
    cur = r
    for key in path.split('.'):
        if not isinstance(cur, dict) or key not in cur:
            return None
        cur = cur[key]
    return cur
overall = r["tiers"]["overall"]
print(f"event-eval: key events {r['key_events']['correct']}/{r['key_events']['total']}, "
      f"date-correct recall {overall['date_correct_recall']:.3f}, "
      f"precision {r['precision']['precision']:.3f}, actor F1 {r['actors']['f1']:.3f}, "
      f"not_event violations {len(r['not_event_violations'])}")
failed = False
if r["not_event_violations"]:
    print("FAIL: not_event violations:", r["not_event_violations"])
    failed = True
for name, floor in floors.items():
    value = get(name)
    if value is None:
        print(f"FAIL: event-eval has no figure {name}")
        failed = True
    elif float(value) + 1e-9 < floor:
        print(f"FAIL: event-eval {name} = {value} fell below the ratchet {floor}")
        failed = True
    else:
        print(f"event-eval {name} = {value} (ratchet {floor})")
sys.exit(1 if failed else 0)
PY
exit $status
