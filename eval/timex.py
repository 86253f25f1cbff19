"""Score claimtrail's time expressions against hand-annotated gold, and compare with dateparser.

    .venv/bin/python eval/timex.py            # a table per corpus
    .venv/bin/python eval/timex.py --json     # ... and the scores as one JSON object on the last line

Gold lives in eval/gold/timex/*.json: offsets, TIMEX3 type, value and the interval of calendar days,
plus the sha256 of each text (no text is stored). `seeds` needs the shared seed files
(../shared/seeds next to the repository, or $CLAIMTRAIL_SHARED/seeds) and is skipped without them;
`sample` reads the sample corpus shipped in src/claimtrail/data/sample; `holdout` reads
eval/data/timex_holdout.jsonl, invented Dutch news annotated without looking at the tagger (held out:
never tune the rules on it).

Matching is by overlap (TempEval-3 "relaxed"): a predicted expression counts for precision when it
overlaps a gold one, a gold one counts for recall when a prediction overlaps it. On matched gold
expressions (paired with the prediction that overlaps them most) we report value accuracy (exact
TIMEX3 value), type accuracy, interval accuracy (earliest and latest both equal), honest intervals (the
predicted interval contains the gold one) and "wrong single days": predictions that commit to one day
that is not the gold reading.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "gold" / "timex"
SAMPLE = ROOT / "src" / "claimtrail" / "data" / "sample"
HOLDOUT = ROOT / "eval" / "data" / "timex_holdout.jsonl"
CORPORA = ("seeds", "sample", "holdout")

if str(ROOT / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

from claimtrail.extract.timex import find_timexes  # noqa: E402
from claimtrail.ingest.text import split_header  # noqa: E402
from claimtrail.model import PublishedDate  # noqa: E402
from shared_data import seeds_dir  # noqa: E402  (eval/, beside this script)


@dataclass
class Doc:
    key: str
    text: str
    anchor: PublishedDate
    language: str
    gold: list[dict[str, Any]]


def _jsonl_texts(jsonl: Path) -> dict[str, tuple[str, PublishedDate]]:
    texts: dict[str, tuple[str, PublishedDate]] = {}
    if jsonl.exists():
        for line in jsonl.read_text("utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts[record["id"]] = (record["text"], PublishedDate.parse(record.get("published")))
    return texts


def _sample_texts() -> dict[str, tuple[str, PublishedDate]]:
    texts = _jsonl_texts(SAMPLE / "articles.jsonl")
    for path in sorted(SAMPLE.glob("*.txt")):
        anchor, text = split_header(path.read_text("utf-8"))
        texts[path.name] = (text, anchor)
    return texts


def load(corpus: str) -> tuple[list[Doc], list[str]]:
    """The gold documents of a corpus whose text is at hand and unchanged, and notes on the rest."""
    gold = json.loads((GOLD / f"{corpus}.json").read_text("utf-8"))
    notes: list[str] = []
    texts: dict[str, tuple[str, PublishedDate]] = {}
    if corpus == "seeds":
        folder = seeds_dir()
        if folder is None:
            return [], ["seed files not found (../shared/seeds or $CLAIMTRAIL_SHARED/seeds): skipped"]
        for key in gold["documents"]:
            path = folder / key
            if path.exists():
                anchor, text = split_header(path.read_text("utf-8"))
                texts[key] = (text, anchor)
    elif corpus == "holdout":
        texts = _jsonl_texts(HOLDOUT)
    else:
        texts = _sample_texts()
    docs = []
    for key, entry in gold["documents"].items():
        if key not in texts:
            notes.append(f"{key}: text not found, skipped")
            continue
        text, anchor = texts[key]
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != entry["sha256"]:
            notes.append(f"{key}: text changed since it was annotated (sha256 differs), skipped")
            continue
        docs.append(Doc(key, text, anchor, entry.get("language", "nl"), entry["timexes"]))
    return docs, notes


Prediction = dict[str, Any]


def claimtrail_predict(doc: Doc) -> list[Prediction]:
    return [t.to_dict() for t in find_timexes(doc.text, doc.anchor, doc.language)]


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def _contains(pred: Prediction, gold: dict[str, Any]) -> bool:
    """Does the predicted interval hold every day of the gold one? An open end holds anything."""
    if gold["earliest"] is None and gold["latest"] is None:
        return pred.get("earliest") is None and pred.get("latest") is None
    lo_ok = pred.get("earliest") is None or (
        gold["earliest"] is not None and pred["earliest"] <= gold["earliest"]
    )
    hi_ok = pred.get("latest") is None or (gold["latest"] is not None and pred["latest"] >= gold["latest"])
    return lo_ok and hi_ok


def score(docs: list[Doc], predict: Callable[[Doc], list[Prediction]]) -> dict[str, Any]:
    """Detection P/R/F1 by overlap and, on matched gold expressions, value/type/interval accuracy."""
    n_pred = n_pred_ok = n_gold = n_found = 0
    value_ok = type_ok = interval_ok = honest = single_wrong = 0
    misses: list[str] = []
    for doc in docs:
        preds = predict(doc)
        n_pred += len(preds)
        n_pred_ok += sum(any(_overlap(p, g) > 0 for g in doc.gold) for p in preds)
        for g in doc.gold:
            n_gold += 1
            overlapping = [p for p in preds if _overlap(p, g) > 0]
            if not overlapping:
                misses.append(f"{doc.key} {doc.text[g['start'] : g['end']]!r}: not found")
                continue
            n_found += 1
            p = max(overlapping, key=lambda p: _overlap(p, g))
            value_ok += p["value"] == g["value"]
            type_ok += p["type"] == g["type"]
            interval_ok += (p.get("earliest"), p.get("latest")) == (g["earliest"], g["latest"])
            honest += _contains(p, g)
            if p.get("earliest") and p.get("earliest") == p.get("latest"):
                single_wrong += not (g["earliest"] == g["latest"] == p["earliest"])
            if p["value"] != g["value"]:
                misses.append(f"{doc.key} {doc.text[g['start'] : g['end']]!r}: {p['value']} for {g['value']}")
    precision = n_pred_ok / n_pred if n_pred else 0.0
    recall = n_found / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def rate(x: int) -> float:
        return round(x / n_found, 4) if n_found else 0.0

    return {
        "documents": len(docs),
        "gold": n_gold,
        "predicted": n_pred,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "value_accuracy": rate(value_ok),
        "type_accuracy": rate(type_ok),
        "interval_accuracy": rate(interval_ok),
        "interval_honest": rate(honest),
        "wrong_single_days": single_wrong,
        "errors": misses,
    }


# --- dateparser, for comparison ---------------------------------------------------------------------


def dateparser_predict(doc: Doc) -> list[Prediction]:
    """dateparser.search with RELATIVE_BASE at the publication date (its first day when the date is
    coarse: dateparser needs one). It returns datetimes, so every value is a single day."""
    from dateparser.search import search_dates

    interval = doc.anchor.interval()
    base = dt.datetime.combine(interval[0], dt.time(12)) if interval else dt.datetime(2000, 1, 1, 12)
    found = search_dates(doc.text, languages=[doc.language], settings={"RELATIVE_BASE": base}) or []
    preds, cursor = [], 0
    for surface, when in found:
        start = doc.text.find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        day = when.date().isoformat()
        preds.append(
            {"start": start, "end": cursor, "type": "DATE", "value": day, "earliest": day, "latest": day}
        )
    return preds


def dateparser_available() -> bool:
    try:
        import dateparser.search  # noqa: F401
    except ImportError:
        return False
    return True


# --- report -------------------------------------------------------------------------------------------

_COLUMNS = [
    ("P", "precision"),
    ("R", "recall"),
    ("F1", "f1"),
    ("value", "value_accuracy"),
    ("type", "type_accuracy"),
    ("interval", "interval_accuracy"),
    ("honest", "interval_honest"),
]


def evaluate(corpora: tuple[str, ...] = CORPORA, compare: bool = True) -> dict[str, Any]:
    """Scores per corpus for claimtrail (and dateparser when installed and `compare`)."""
    results: dict[str, Any] = {}
    for corpus in corpora:
        docs, notes = load(corpus)
        entry: dict[str, Any] = {"notes": notes}
        if docs:
            entry["claimtrail"] = score(docs, claimtrail_predict)
            if compare and dateparser_available():
                entry["dateparser"] = score(docs, dateparser_predict)
        results[corpus] = entry
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the scores as JSON on the last line")
    parser.add_argument("--no-dateparser", action="store_true", help="skip the dateparser comparison")
    parser.add_argument("--errors", action="store_true", help="list missed expressions and wrong values")
    args = parser.parse_args(argv)
    results = evaluate(compare=not args.no_dateparser)
    for corpus, entry in results.items():
        print(f"== {corpus}")
        for note in entry["notes"]:
            print(f"   note: {note}")
        for system in ("claimtrail", "dateparser"):
            if system not in entry:
                continue
            s = entry[system]
            cells = "  ".join(f"{label} {s[key]:.3f}" for label, key in _COLUMNS)
            print(f"   {system:11s} {cells}  wrong single days {s['wrong_single_days']}"
                  f"  ({s['documents']} docs, {s['gold']} gold, {s['predicted']} predicted)")  # fmt: skip
            if args.errors:
                for error in s["errors"]:
                    print(f"      {error}")
    if args.json:
        slim = {
            corpus: {
                system: {k: v for k, v in entry[system].items() if k != "errors"}
                for system in ("claimtrail", "dateparser")
                if system in entry
            }
            | {"notes": entry["notes"]}
            for corpus, entry in results.items()
        }
        print(json.dumps(slim, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
