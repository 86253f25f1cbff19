"""Issue 4's seed check: is every statement of the named speakers in the seeds found, with the right stance?

    .venv/bin/claimtrail extract --json ../shared/seeds/ > seeds.jsonl
    .venv/bin/python eval/seed_speakers.py seeds.jsonl            # a table; misses and wrong stances listed

Gold: eval/gold/attributions/seeds.json (matching as in eval/attributions.py). Skips cleanly when the seed
texts are absent. The last line is JSON: {speaker: {"gold", "found", "right_stance"}}.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import attributions as ev  # noqa: E402  (eval/, beside this script)

# The list, as the gold names them (normalised).
SPEAKERS = (
    "kremlin", "volodymyr zelensky", "mykhailo podolyak", "sergei nikiforov", "antony blinken",
    "carolien van nunen", "dmitri peskov", "anatoly antonov", "james cleverly", "andrij joesov",
    "amerikaanse inlichtingendiensten",
)  # fmt: skip


def check(predictions: Path) -> dict[str, dict[str, int]] | None:
    docs, aliases, _ = ev.load("seeds")
    if not docs:
        return None
    paired, _ = ev.pair_documents(docs, ev.read_predictions(predictions))
    table = ev.alias_table(aliases)
    stats: dict[str, dict[str, int]] = defaultdict(lambda: {"gold": 0, "found": 0, "right_stance": 0})
    for key, doc in docs.items():
        gold = [dict(g, doc=key) for g in doc["attributions"]]
        predicted = [dict(p, doc=key) for p in paired.get(key, {}).get("attributions", [])]
        pairs = dict(ev.match(gold, predicted))
        for gi, g in enumerate(gold):
            who = ev.normalise_name(g.get("source_resolved"), table)
            if who not in SPEAKERS:
                continue
            s = stats[who]
            s["gold"] += 1
            content = doc["text"][g["content"]["start"] : g["content"]["end"]]
            if gi not in pairs:
                print(f"  missed        {who}: {g['stance']} {content[:70]!r}")
                continue
            s["found"] += 1
            stance = predicted[pairs[gi]]["stance"]
            if stance == g["stance"]:
                s["right_stance"] += 1
            else:
                print(f"  wrong stance  {who}: {stance} for {g['stance']} {content[:70]!r}")
    return dict(stats)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("predictions", type=Path, help="claimtrail extract --json output for the seeds")
    stats = check(parser.parse_args().predictions)
    if stats is None:
        print("seeds not found, skipped")
        return 0
    for who in SPEAKERS:
        s = stats.get(who, {"gold": 0, "found": 0, "right_stance": 0})
        print(f"{who:34} statements {s['gold']:3}  found {s['found']:3}  right stance {s['right_stance']:3}")
    print(json.dumps(stats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
