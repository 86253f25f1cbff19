"""Score attribution predictions (who said what, with which stance) against hand-annotated gold.

    .venv/bin/claimtrail extract --json FILES... > predictions.jsonl
    .venv/bin/python eval/attributions.py predictions.jsonl            # a table per corpus, JSON last
    .venv/bin/python eval/attributions.py predictions.jsonl --errors   # ... and the misses

Gold lives in eval/gold/attributions/{seeds,sample,holdout,dev,holdout2}.json: character offsets, type,
stance, hedged, relayed_by and the canonical source name of every attribution, plus the sha256 of each
text (no text is stored). The annotation rules are in eval/gold/attributions/GUIDELINES.md. `seeds` needs
the shared seed files (../shared/seeds next to the repository, or $CLAIMTRAIL_SHARED/seeds) and is
skipped without them; `sample` reads the sample corpus in src/claimtrail/data/sample; `holdout` reads the
blind hold-out articles in eval/data/attributions_holdout.jsonl (written and annotated without looking at
the extractor: score on it, never tune on it; see GUIDELINES.md); `dev` reads the tuning articles in
eval/data/attributions_dev.jsonl (tune on these); `holdout2` reads a second blind set,
eval/data/holdout2.jsonl, written after the first was read (never tune on it either). A gold text whose
sha256 no longer matches is skipped with a note: its offsets would point at the wrong characters.

A prediction line (`claimtrail extract --json`) is paired with a gold document when, in this order,
1. its `id` is the gold key (the record id of articles.jsonl, e.g. `kk-2025-0310-1`, or a file name),
2. its `id` is the file name stem of a gold key (`000_2e8d50bb70a183b3` for `000_...txt`),
3. its `id` is claimtrail's content id of the gold text (what `extract` gives a .txt file), or
4. the sha256 of its `text` is the gold sha256.
When the line has a `text` whose sha256 differs from the gold one, the offsets do not fit and the
document is skipped with a note. Gold documents of a corpus that no line matches count as documents
with no predictions (so they lower recall) as long as at least one document of that corpus matched;
a corpus with no matched document at all is reported as skipped.

Matching (`score`): within a document, a predicted and a gold attribution can be paired when their
content spans overlap by at least half of the shorter span. Pairs are taken greedily, best first
(highest overlap / union, then most overlapping characters, then agreeing cue and source spans),
one to one. Precision and recall count
paired attributions. On the pairs we report source accuracy (canonical source names equal after
casefolding, whitespace normalisation and the gold file's alias table, or both null), source span
accuracy (the source spans overlap, or both are null), cue accuracy (cue spans overlap, or both null),
and stance, type, hedged and relayed_by accuracy.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "gold" / "attributions"
SAMPLE = ROOT / "src" / "claimtrail" / "data" / "sample"
# Corpora read from one JSON Lines file each: the tuning set and the blind hold-outs (holdout2 on have
# entity gold too)
JSONL_CORPORA = {
    "holdout": ROOT / "eval" / "data" / "attributions_holdout.jsonl",
    "dev": ROOT / "eval" / "data" / "attributions_dev.jsonl",
    **{f"holdout{n}": ROOT / "eval" / "data" / f"holdout{n}.jsonl" for n in range(2, 85)},
}
CORPORA = ("seeds", "sample", "holdout", "dev", *(f"holdout{n}" for n in range(2, 85)))

if str(ROOT / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

from shared_data import seeds_dir  # noqa: E402  (eval/, beside this script)

Span = Mapping[str, Any]
Attribution = Mapping[str, Any]

# --- the scoring function ---------------------------------------------------------------------------


def _span(value: Any) -> tuple[int, int] | None:
    if not value:
        return None
    return int(value["start"]), int(value["end"])


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def content_match(gold: Attribution, pred: Attribution) -> float | None:
    """How well two content spans match (overlap / union), or None when they overlap by less than
    half of the shorter span."""
    g, p = _span(gold.get("content")), _span(pred.get("content"))
    if g is None or p is None:
        return None
    inter = _overlap(g, p)
    shorter = min(g[1] - g[0], p[1] - p[0])
    if inter <= 0 or shorter <= 0 or inter * 2 < shorter:
        return None
    union = max(g[1], p[1]) - min(g[0], p[0])
    return inter / union


def normalise_name(name: Any, aliases: Mapping[str, str] | None = None) -> str | None:
    """Casefolded, whitespace-normalised name, mapped through the alias table (keys normalised too)."""
    if name is None:
        return None
    key = " ".join(str(name).split()).casefold()
    if not key:
        return None
    if aliases:
        key = aliases.get(key, key)
    return key


def alias_table(aliases: Mapping[str, Iterable[str]] | None) -> dict[str, str]:
    """The gold files' {canonical: [variant, ...]} as {normalised variant: normalised canonical}."""
    table: dict[str, str] = {}
    for canonical, variants in (aliases or {}).items():
        target = normalise_name(canonical)
        assert target is not None
        table[target] = target
        for variant in variants:
            key = normalise_name(variant)
            if key is not None:
                table.setdefault(key, target)
    return table


def _spans_agree(a: Any, b: Any) -> bool:
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None:
        return sa is None and sb is None
    return _overlap(sa, sb) > 0


def _doc(a: Attribution) -> Any:
    return a.get("doc")


def match(gold: list[Attribution], predicted: list[Attribution]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, predicted index), best content overlap first, only within
    the same document (the optional `doc` key)."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if _doc(g) != _doc(p):
                continue
            quality = content_match(g, p)
            if quality is not None:
                gs, ps = _span(g["content"]), _span(p["content"])
                assert gs is not None and ps is not None
                # ties (e.g. two attributions of one content) go to the pair whose cue and source agree
                agree = _spans_agree(g.get("cue"), p.get("cue")) + _spans_agree(
                    g.get("source"), p.get("source")
                )
                candidates.append((-quality, -_overlap(gs, ps), -agree, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for *_, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def score(
    gold: list[Attribution],
    predicted: list[Attribution],
    aliases: Mapping[str, Iterable[str]] | None = None,
) -> dict[str, Any]:
    """Precision, recall and F1 of attribution detection, and attribute accuracies on the matched pairs.

    `gold` and `predicted` hold attribution dicts ({source, source_resolved, cue, content, type,
    stance, hedged, relayed_by}, spans as {start, end}); an optional `doc` key keeps documents apart
    (attributions only match within the same `doc`). `aliases` is the gold file's
    {canonical name: [variants]} table used to compare source_resolved and relayed_by.
    """
    table = alias_table(aliases)
    pairs = match(gold, predicted)
    n = len(pairs)
    counts = dict.fromkeys(("source", "source_span", "cue", "stance", "type", "hedged", "relayed_by"), 0)
    errors: list[dict[str, Any]] = []
    for gi, pi in pairs:
        g, p = gold[gi], predicted[pi]
        ok = {
            "source": normalise_name(g.get("source_resolved"), table)
            == normalise_name(p.get("source_resolved"), table),
            "source_span": _spans_agree(g.get("source"), p.get("source")),
            "cue": _spans_agree(g.get("cue"), p.get("cue")),
            "stance": g.get("stance") == p.get("stance"),
            "type": g.get("type") == p.get("type"),
            "hedged": bool(g.get("hedged")) == bool(p.get("hedged")),
            "relayed_by": normalise_name(g.get("relayed_by"), table)
            == normalise_name(p.get("relayed_by"), table),
        }
        for key, good in ok.items():
            counts[key] += good
        wrong = [key for key, good in ok.items() if not good]
        if wrong:
            errors.append({"gold": gi, "predicted": pi, "wrong": wrong})
    matched_gold = {gi for gi, _ in pairs}
    precision = n / len(predicted) if predicted else 0.0
    recall = n / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def rate(x: int) -> float:
        return round(x / n, 4) if n else 0.0

    return {
        "gold": len(gold),
        "predicted": len(predicted),
        "matched": n,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "source_accuracy": rate(counts["source"]),
        "source_span_accuracy": rate(counts["source_span"]),
        "cue_accuracy": rate(counts["cue"]),
        "stance_accuracy": rate(counts["stance"]),
        "type_accuracy": rate(counts["type"]),
        "hedged_accuracy": rate(counts["hedged"]),
        "relayed_by_accuracy": rate(counts["relayed_by"]),
        "missed": [gi for gi in range(len(gold)) if gi not in matched_gold],
        "spurious": [pi for pi in range(len(predicted)) if pi not in {p for _, p in pairs}],
        "errors": errors,
    }


# --- gold and predictions ---------------------------------------------------------------------------


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _jsonl_texts(path: Path) -> dict[str, str]:
    """{record id: text} of a JSON Lines file of articles (articles.jsonl, the hold-out and dev files)."""
    texts: dict[str, str] = {}
    if path.exists():
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts[record["id"]] = record["text"]
    return texts


def _texts(corpus: str, keys: Iterable[str]) -> tuple[dict[str, str], list[str]]:
    from claimtrail.ingest.text import split_header

    texts: dict[str, str] = {}
    if corpus == "seeds":
        folder = seeds_dir()
        if folder is None:
            return {}, ["seed files not found (../shared/seeds or $CLAIMTRAIL_SHARED/seeds): skipped"]
        for key in keys:
            if (folder / key).exists():
                texts[key] = split_header((folder / key).read_text("utf-8"))[1]
        return texts, []
    if corpus in JSONL_CORPORA:
        return _jsonl_texts(JSONL_CORPORA[corpus]), []
    texts.update(_jsonl_texts(SAMPLE / "articles.jsonl"))
    for path in sorted(SAMPLE.glob("*.txt")):
        texts[path.name] = split_header(path.read_text("utf-8"))[1]
    return texts, []


def load(corpus: str) -> tuple[dict[str, dict[str, Any]], dict[str, list[str]], list[str]]:
    """The gold documents of a corpus whose text is at hand and unchanged ({key: entry with `text`}),
    its alias table, and notes on what was skipped."""
    if not (GOLD / f"{corpus}.json").exists():
        return {}, {}, [f"no gold file {corpus}.json: skipped"]
    gold = json.loads((GOLD / f"{corpus}.json").read_text("utf-8"))
    texts, notes = _texts(corpus, gold["documents"])
    if notes:
        return {}, gold.get("aliases", {}), notes
    docs: dict[str, dict[str, Any]] = {}
    for key, entry in gold["documents"].items():
        if key not in texts:
            notes.append(f"{key}: text not found, skipped")
            continue
        if sha256(texts[key]) != entry["sha256"]:
            notes.append(f"{key}: text changed since it was annotated (sha256 differs), skipped")
            continue
        docs[key] = dict(entry, text=texts[key])
    return docs, gold.get("aliases", {}), notes


def read_predictions(path: Path) -> list[dict[str, Any]]:
    lines = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            lines.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise SystemExit(f"{path}:{n}: not JSON ({exc.msg})") from exc
    return lines


def pair_documents(
    docs: Mapping[str, Mapping[str, Any]], lines: list[dict[str, Any]]
) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """{gold key: prediction line} by id, file stem, claimtrail content id or text sha256 (see the
    module docstring), and notes on lines whose text no longer fits the gold offsets."""
    from claimtrail.model import article_id

    by_key: dict[str, str] = {}
    by_sha: dict[str, str] = {}
    for key, entry in docs.items():
        by_key.setdefault(key, key)
        by_key.setdefault(Path(key).stem, key)
        by_key.setdefault(article_id(entry["text"]), key)
        by_sha[entry["sha256"]] = key
    paired: dict[str, dict[str, Any]] = {}
    notes: list[str] = []
    for line in lines:
        text = line.get("text")
        key = by_key.get(str(line.get("id", "")))
        if key is None and isinstance(text, str):
            key = by_sha.get(sha256(text))
        if key is None:
            continue
        if isinstance(text, str) and sha256(text) != docs[key]["sha256"]:
            notes.append(f"{key}: the predicted text differs from the annotated one, skipped")
            continue
        paired[key] = line
    return paired, notes


def evaluate(lines: list[dict[str, Any]], corpora: Iterable[str] = CORPORA) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for corpus in corpora:
        docs, aliases, notes = load(corpus)
        paired, pair_notes = pair_documents(docs, lines)
        notes += pair_notes
        entry: dict[str, Any] = {"notes": notes}
        if not paired:
            if docs:
                notes.append("no prediction matched a document of this corpus: skipped")
            results[corpus] = entry
            continue
        gold: list[dict[str, Any]] = []
        predicted: list[dict[str, Any]] = []
        skipped = {n.split(":", 1)[0] for n in pair_notes}
        for key, doc in docs.items():
            if key in skipped:
                continue
            if key not in paired:
                notes.append(f"{key}: no prediction for this document (counted as none found)")
            gold += [dict(a, doc=key) for a in doc["attributions"]]
            predicted += [dict(a, doc=key) for a in paired.get(key, {}).get("attributions") or []]
        result = score(gold, predicted, aliases)
        result["documents"] = len(docs) - len(skipped)
        result["misses"] = [_describe(gold[i], docs) for i in result.pop("missed")]
        result["false_alarms"] = [_describe(predicted[i], docs) for i in result.pop("spurious")]
        result["wrong_attributes"] = [
            f"{_describe(gold[e['gold']], docs)}: wrong "
            + ", ".join(_difference(k, gold[e["gold"]], predicted[e["predicted"]], docs) for k in e["wrong"])
            for e in result.pop("errors")
        ]
        entry["scores"] = result
        results[corpus] = entry
    return results


def _describe(a: Mapping[str, Any], docs: Mapping[str, Mapping[str, Any]]) -> str:
    span = _span(a.get("content"))
    text = docs[a["doc"]]["text"]
    shown = text[span[0] : span[1]] if span else ""
    if len(shown) > 70:
        shown = shown[:67] + "..."
    return f"{a['doc']} {shown!r}"


def _difference(
    key: str, g: Mapping[str, Any], p: Mapping[str, Any], docs: Mapping[str, Mapping[str, Any]]
) -> str:
    """'source (gold X, got Y)': what the gold and the prediction say of one attribute."""
    field = {"source": "source_resolved"}.get(key, key)

    def shown(a: Mapping[str, Any]) -> Any:
        value = a.get(field)
        span = _span(value) if isinstance(value, Mapping) else None
        return docs[a["doc"]]["text"][span[0] : span[1]] if span else value

    return f"{key} (gold {shown(g)!r}, got {shown(p)!r})"


# --- report -------------------------------------------------------------------------------------------

_COLUMNS = [
    ("P", "precision"),
    ("R", "recall"),
    ("F1", "f1"),
    ("source", "source_accuracy"),
    ("src-span", "source_span_accuracy"),
    ("cue", "cue_accuracy"),
    ("stance", "stance_accuracy"),
    ("type", "type_accuracy"),
    ("hedged", "hedged_accuracy"),
    ("relayed", "relayed_by_accuracy"),
]

_DETAILS = ("misses", "false_alarms", "wrong_attributes")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("predictions", type=Path, help="claimtrail extract --json output (JSON Lines)")
    parser.add_argument("--corpus", choices=CORPORA, action="append", help="only this corpus (repeatable)")
    parser.add_argument(
        "--errors", action="store_true", help="list misses, false alarms and wrong attributes"
    )
    args = parser.parse_args(argv)
    if not args.predictions.exists():
        parser.error(f"{args.predictions}: no such file")
    results = evaluate(read_predictions(args.predictions), tuple(args.corpus or CORPORA))
    for corpus, entry in results.items():
        print(f"== {corpus}")
        for note in entry["notes"]:
            print(f"   note: {note}")
        s = entry.get("scores")
        if s is None:
            continue
        print("   " + "  ".join(f"{label:>8s}" for label, _ in _COLUMNS))
        print("   " + "  ".join(f"{s[key]:8.3f}" for _, key in _COLUMNS))
        counts = (
            f"{s['documents']} docs, {s['gold']} gold, {s['predicted']} predicted, {s['matched']} matched"
        )
        print(f"   ({counts})")
        if args.errors:
            for detail in _DETAILS:
                for line in s[detail]:
                    print(f"      {detail[:-1].replace('_', ' ')}: {line}")
    slim = {
        corpus: {"notes": entry["notes"]}
        | (
            {"scores": {k: v for k, v in entry["scores"].items() if k not in _DETAILS}}
            if "scores" in entry
            else {}
        )
        for corpus, entry in results.items()
    }
    print(json.dumps(slim, sort_keys=True, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
