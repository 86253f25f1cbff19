"""Score the English attribution extractor on PolNeAR (Newell, Margolin & Ruths, LREC 2018).

    .venv/bin/python eval/polnear.py                       # dev and test: a table, JSON last
    .venv/bin/python eval/polnear.py --split dev --limit 10 # a quick run
    .venv/bin/python eval/polnear.py --split train --errors # misses and false alarms, for tuning

PolNeAR is US political news from 2016 with brat standoff annotations of attribution relations
(source, cue, content). It lives in the shared data folder (../shared/data/quote_attribution/polnear_en
next to the repository, or under $CLAIMTRAIL_SHARED), never in the repository; without it the script
says so and exits 0. We use the corpus's own train/dev/test split. Tune on train and dev only; score
test once, without reading its errors.

An article annotated by several people is scored against one of them (the first annotator id in
sorted order). A discontinuous span counts as the stretch from its first to its last character.
Relations without a content span are left out. PolNeAR annotates no attribution without a cue, so the
extractor's cueless continuations (a bare quote going on after its speaker, cue null) are left out of
the predictions too (--keep-cueless keeps them; their count is reported either way).

Matching is eval/attributions.py's: a predicted and a gold attribution pair up when their content
spans overlap by at least half of the shorter one, greedily and one to one. PolNeAR has no stance,
type or resolved names, so we report precision, recall and F1, and on the matched pairs source span
accuracy (the source spans overlap, or both are absent) and cue accuracy (the cue spans overlap, or
both are absent). PolNeAR's scheme is wider than ours (GUIDELINES.md): it also annotates evidence
("a poll shows"), endorsements and criticism ("endorsed", "criticized") and cues without content in
the same sentence, which the extractor leaves out by design; this caps recall.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPLITS = ("train", "dev", "test")

if str(ROOT / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

from attributions import score  # noqa: E402  (eval/attributions.py, beside this script)
from claimtrail.extract.attributions import find_attributions  # noqa: E402
from shared_data import shared_dir  # noqa: E402


def corpus_dir() -> Path | None:
    """The PolNeAR data folder, when this checkout has the shared data."""
    folder = shared_dir() / "data" / "quote_attribution" / "polnear_en" / "data"
    return folder if folder.is_dir() else None


# --- reading the corpus -----------------------------------------------------------------------------


@dataclass
class Doc:
    key: str
    text: str
    gold: list[dict[str, Any]] = field(default_factory=list)


def _extent(offsets: str) -> dict[str, int]:
    """'10 20;30 40' -> {start: 10, end: 40}."""
    numbers = [int(x) for x in re.split(r"[ ;]", offsets.strip())]
    return {"start": min(numbers[0::2]), "end": max(numbers[1::2])}


def read_ann(raw: str) -> list[dict[str, Any]]:
    """The attribution relations of a brat .ann file as {source, cue, content} span dicts."""
    spans: dict[str, tuple[str, dict[str, int]]] = {}
    relations = []
    for line in raw.splitlines():
        cells = line.split("\t")
        if line.startswith("T") and len(cells) >= 2:
            label, _, offsets = cells[1].partition(" ")
            spans[cells[0]] = (label, _extent(offsets))
        elif line.startswith("E") and len(cells) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in cells[1].split() if ":" in arg))
    out = []
    for args in relations:
        parts: dict[str, list[dict[str, int]]] = {}
        for role, ref in args.items():
            if ref in spans:
                parts.setdefault(role.rstrip("0123456789"), []).append(spans[ref][1])
        if not parts.get("Content"):
            continue

        def joined(role: str, parts: dict[str, list[dict[str, int]]] = parts) -> dict[str, int] | None:
            found = parts.get(role)
            if not found:
                return None
            return {"start": min(s["start"] for s in found), "end": max(s["end"] for s in found)}

        out.append({"source": joined("Source"), "cue": joined("Cue"), "content": joined("Content")})
    return sorted(out, key=lambda a: (a["content"]["start"], a["content"]["end"]))


def documents(folder: Path, split: str, limit: int | None = None) -> Iterator[Doc]:
    """The articles of one split with the first annotator's relations, in file name order."""
    annotations: dict[str, Path] = {}
    for path in sorted((folder / split / "attributions").glob("*.ann")):
        annotations.setdefault(path.stem.rsplit("_", 1)[0], path)
    texts = sorted((folder / split / "text").glob("*.txt"))
    for path in texts[:limit] if limit else texts:
        ann = annotations.get(path.stem)
        if ann is None:
            continue
        yield Doc(path.stem, path.read_text("utf-8"), read_ann(ann.read_text("utf-8")))


# --- scoring ------------------------------------------------------------------------------------------


def evaluate(
    folder: Path, split: str, limit: int | None = None, progress: bool = True, keep_cueless: bool = False
) -> dict[str, Any]:
    """Scores of find_attributions(text, "en") on one split (see score() in eval/attributions.py)."""
    from rich.console import Console
    from rich.progress import track

    docs = list(documents(folder, split, limit))
    gold: list[dict[str, Any]] = []
    predicted: list[dict[str, Any]] = []
    cueless = 0
    bar = track(docs, f"{split:5s}", disable=not progress, transient=True, console=Console(stderr=True))
    for doc in bar:
        gold += [dict(a, doc=doc.key) for a in doc.gold]
        for a in find_attributions(doc.text, "en"):
            cueless += a.cue is None
            if a.cue is not None or keep_cueless:
                predicted.append(dict(a.to_dict(), doc=doc.key))
    result = score(gold, predicted)
    result["cueless"] = cueless
    texts = {doc.key: doc.text for doc in docs}
    result["documents"] = len(docs)
    result["misses"] = [_describe(gold[i], texts) for i in result.pop("missed")]
    result["false_alarms"] = [_describe(predicted[i], texts) for i in result.pop("spurious")]
    result["wrong_spans"] = [
        f"{_describe(gold[e['gold']], texts)}: {_pair(gold[e['gold']], predicted[e['predicted']], texts)}"
        for e in result.pop("errors")
        if {"source_span", "cue"} & set(e["wrong"])
    ]
    return result


def _text(a: dict[str, Any], role: str, texts: dict[str, str]) -> str:
    span = a.get(role)
    return texts[a["doc"]][span["start"] : span["end"]] if span else "-"


def _describe(a: dict[str, Any], texts: dict[str, str]) -> str:
    shown = " ".join(_text(a, "content", texts).split())
    if len(shown) > 90:
        shown = shown[:87] + "..."
    return f"{a['doc'][:40]} [{_text(a, 'source', texts)} | {_text(a, 'cue', texts)}] {shown!r}"


def _pair(g: dict[str, Any], p: dict[str, Any], texts: dict[str, str]) -> str:
    return f"predicted [{_text(p, 'source', texts)} | {_text(p, 'cue', texts)}]"


# --- report -------------------------------------------------------------------------------------------

COLUMNS = [
    ("P", "precision"),
    ("R", "recall"),
    ("F1", "f1"),
    ("src-span", "source_span_accuracy"),
    ("cue", "cue_accuracy"),
]
KEPT = ("documents", "gold", "predicted", "matched", "cueless", *(key for _, key in COLUMNS))
DETAILS = ("misses", "false_alarms", "wrong_spans")
LABELS = {"misses": "miss", "false_alarms": "false alarm", "wrong_spans": "wrong span"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, action="append", help="only this split (repeatable)")
    parser.add_argument("--limit", type=int, help="only the first N documents of each split")
    parser.add_argument("--errors", action="store_true", help="list misses, false alarms and wrong spans")
    parser.add_argument("--keep-cueless", action="store_true", help="also score cueless continuations")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    folder = corpus_dir()
    if folder is None:
        print(f"PolNeAR not found under {shared_dir()}/data/quote_attribution/polnear_en: skipped")
        return 0
    results = {}
    print("         " + "  ".join(f"{label:>8s}" for label, _ in COLUMNS) + "   docs  gold  pred match")
    for split in args.split or ("dev", "test"):
        s = evaluate(folder, split, args.limit, not args.no_progress, args.keep_cueless)
        row = "  ".join(f"{s[key]:8.3f}" for _, key in COLUMNS)
        print(f"{split:8s} {row}   {s['documents']:4d} {s['gold']:5d} {s['predicted']:5d} {s['matched']:5d}")
        if args.errors:
            for detail in DETAILS:
                for line in s[detail]:
                    print(f"   {LABELS[detail]}: {line}")
        results[split] = {key: s[key] for key in KEPT}
    print(json.dumps(results, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
