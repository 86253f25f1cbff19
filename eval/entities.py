"""Score a clustering of entity mentions against gold: B-cubed and pairwise precision, recall and F1.

    .venv/bin/python eval/entities.py            # a table per corpus
    .venv/bin/python eval/entities.py --json     # ... and the scores as one JSON object on the last line

The scoring functions (`bcubed`, `pairwise`) are pure: they take two mappings from a mention key to a
cluster label and know nothing about claimtrail. Gold lives in eval/gold/entities/{seeds,sample}.json
(see GUIDELINES.md there): offsets, type, kind and a global entity id per mention, plus the sha256 of
each text, checked before any offset is used.

Two scores per corpus:

- `pipeline` (the one the issue's floors are on): claimtrail's whole entity step,
  claimtrail.link.entities.Linker, one linker for the corpus as one run, given the text and the
  attributions `claimtrail extract` finds. Mentions are found by the linker itself; a gold mention
  counts as found when a predicted mention has exactly its span. B-cubed and pairwise scores are over
  all gold mentions (names, nominals, pronouns), each unfound one a singleton of its own, so missed
  mentions cost recall; `detection` gives mention precision/recall (exact spans; predicted mentions
  nested in a longer gold mention or vice versa count as wrong).
- `names` (oracle): the linking step alone on the gold *name* mentions, with gold spans and types: each
  name is looked up in the knowledge base, and names it lacks are clustered by claimtrail.link.names,
  first within each article, then across articles.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "gold" / "entities"
SAMPLE = ROOT / "src" / "claimtrail" / "data" / "sample"
# hold-outs: eval/data/holdoutN.jsonl
CORPORA = ("seeds", "sample", *(f"holdout{n}" for n in range(2, 75)))

K = TypeVar("K", bound=Hashable)  # a mention key: anything hashable, the same type on both sides

if str(ROOT / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

from shared_data import shared_dir  # noqa: E402  (eval/, beside this script)


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float

    def to_dict(self) -> dict[str, float]:
        return {name: round(getattr(self, name), 4) for name in ("precision", "recall", "f1")}


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _clusters(labels: Mapping[K, Hashable]) -> dict[Hashable, set[K]]:
    members: dict[Hashable, set[K]] = defaultdict(set)
    for mention, label in labels.items():
        members[label].add(mention)
    return members


def _check_keys(gold: Mapping[K, Hashable], predicted: Mapping[K, Hashable]) -> None:
    if set(gold) != set(predicted):
        missing, extra = len(set(gold) - set(predicted)), len(set(predicted) - set(gold))
        raise ValueError(f"gold and predicted mentions differ: {missing} missing, {extra} extra")


def bcubed(gold: Mapping[K, Hashable], predicted: Mapping[K, Hashable]) -> Scores:
    """B-cubed (Bagga & Baldwin 1998): per mention, precision is the share of its predicted cluster that
    shares its gold cluster, recall the share of its gold cluster that its predicted cluster holds;
    both averaged over mentions. Both mappings must cover the same mentions (score mention detection
    separately). Empty input scores 1.0."""
    _check_keys(gold, predicted)
    if not gold:
        return Scores(1.0, 1.0, 1.0)
    gold_members, predicted_members = _clusters(gold), _clusters(predicted)
    precision = recall = 0.0
    for mention in gold:
        g, p = gold_members[gold[mention]], predicted_members[predicted[mention]]
        overlap = len(g & p)
        precision += overlap / len(p)
        recall += overlap / len(g)
    precision, recall = precision / len(gold), recall / len(gold)
    return Scores(precision, recall, _f1(precision, recall))


def pairwise(gold: Mapping[K, Hashable], predicted: Mapping[K, Hashable]) -> Scores:
    """Pairwise merge scores: precision is the share of predicted same-cluster pairs that gold also
    puts together (1.0 when nothing is merged), recall the share of gold pairs that are predicted
    together (1.0 when gold has no pairs)."""
    _check_keys(gold, predicted)

    def pairs(labels: Mapping[K, Hashable]) -> int:
        return sum(len(m) * (len(m) - 1) // 2 for m in _clusters(labels).values())

    both: dict[tuple[Hashable, Hashable], int] = defaultdict(int)
    for mention in gold:
        both[(gold[mention], predicted[mention])] += 1
    agreed = sum(n * (n - 1) // 2 for n in both.values())
    predicted_pairs, gold_pairs = pairs(predicted), pairs(gold)
    precision = agreed / predicted_pairs if predicted_pairs else 1.0
    recall = agreed / gold_pairs if gold_pairs else 1.0
    return Scores(precision, recall, _f1(precision, recall))


# ---------------------------------------------------------------------------------------------------
# Gold and texts


def corpus_documents(corpus: str) -> dict[str, tuple[str, str | None]]:
    """Document key -> (text, publication date), the text as the gold's offsets count into it
    (GUIDELINES.md)."""
    from claimtrail.ingest.text import split_header

    documents: dict[str, tuple[str, str | None]] = {}

    def read_txt(path: Path) -> None:
        date, text = split_header(path.read_text(encoding="utf-8"))
        documents[path.name] = (text, date.value)

    def read_jsonl(path: Path) -> None:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                documents[record["id"]] = (record["text"], record.get("published"))

    if corpus == "seeds":
        for path in sorted((shared_dir() / "seeds").glob("*.txt")):
            read_txt(path)
    elif corpus == "sample":
        for path in sorted(SAMPLE.glob("*.txt")):
            read_txt(path)
        read_jsonl(SAMPLE / "articles.jsonl")
    elif (ROOT / "eval" / "data" / f"{corpus}.jsonl").exists():  # hold-out sets
        read_jsonl(ROOT / "eval" / "data" / f"{corpus}.jsonl")
    return documents


def corpus_texts(corpus: str) -> dict[str, str]:
    return {key: text for key, (text, _) in corpus_documents(corpus).items()}


@dataclass(frozen=True)
class Mention:
    doc: str
    start: int
    end: int
    text: str
    type: str
    kind: str
    entity: str

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.doc, self.start, self.end)


def gold_mentions(corpus: str) -> list[Mention] | None:
    """The corpus's gold mentions with their text, or None when the texts are missing. Raises
    ValueError when a text is not the one the gold was made on."""
    if not (GOLD / f"{corpus}.json").exists():
        return None
    gold: dict[str, Any] = json.loads((GOLD / f"{corpus}.json").read_text(encoding="utf-8"))
    texts = corpus_texts(corpus)
    if not texts:
        return None
    mentions = []
    for doc, record in gold.items():
        if doc not in texts:
            raise ValueError(f"{corpus}: gold document {doc} has no text")
        text = texts[doc]
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != record["sha256"]:
            raise ValueError(f"{corpus}: {doc} is not the text the gold was annotated on (sha256 differs)")
        for m in record["mentions"]:
            surface = text[m["start"] : m["end"]]
            mentions.append(Mention(doc, m["start"], m["end"], surface, m["type"], m["kind"], m["entity"]))
    return mentions


# ---------------------------------------------------------------------------------------------------
# The linker under test (names only, oracle mentions)

# Which knowledge-base types a mention of a given NER type may link to: a GPE mention can be a
# government (ORG); an ORG mention a seat of power (LOC, the Kremlin) that speaks for one.
_COMPATIBLE = {"PER": {"PER"}, "ORG": {"ORG", "LOC"}, "GPE": {"GPE", "ORG"}, "LOC": {"LOC", "GPE"}}


def link_names(mentions: list[Mention]) -> dict[tuple[str, int, int], str]:
    """Cluster name mentions: knowledge-base entries where the name is known, name matching otherwise."""
    from claimtrail.link.kb import default_kb
    from claimtrail.link.names import cluster_names

    kb = default_kb()
    labels: dict[tuple[str, int, int], str] = {}
    unknown: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        found = [e for e in kb.lookup(m.text) if e.type in _COMPATIBLE.get(m.type, set())]
        if found:
            labels[m.key] = found[0].id
        else:
            unknown[m.doc].append(m)
    # Unknown names: within each article first (a bare surname finds its full name there), then
    # the articles' groups across the corpus by their longest names.
    representatives: list[str] = []
    members: list[list[Mention]] = []
    for doc_mentions in unknown.values():
        surfaces = list(dict.fromkeys(m.text for m in doc_mentions))
        for group in cluster_names(surfaces):
            representatives.append(max(group, key=len))
            members.append([m for m in doc_mentions if m.text in group])
    for number, group in enumerate(cluster_names(representatives)):
        for representative in group:
            for i in [i for i, r in enumerate(representatives) if r == representative]:
                for m in members[i]:
                    labels[m.key] = f"names:{number}"
    return labels


def link_pipeline(corpus: str) -> dict[tuple[str, int, int], str]:
    """Predicted mention key -> entity id, from claimtrail's entity step over the corpus as one run."""
    from claimtrail.extract.attributions import find_attributions
    from claimtrail.ingest.language import detect_language
    from claimtrail.link.entities import Linker

    linker = Linker()
    labels: dict[tuple[str, int, int], str] = {}
    for doc, (text, published) in corpus_documents(corpus).items():
        language = detect_language(text) or "nl"
        for entity in linker.link(text, language, find_attributions(text, language), published):
            for m in entity.mentions:
                labels.setdefault((doc, m.start, m.end), entity.id)
    return labels


def _match_nominals(
    mentions: list[Mention], found: dict[tuple[str, int, int], str]
) -> dict[tuple[str, int, int], str]:
    """Give a gold nominal the prediction that has its start and ends inside it at a word boundary: the
    noun phrase without its postmodifier ('de Russische ambassade' for 'de Russische ambassade in Den
    Haag') is the same mention. Each prediction counts for one gold mention at most."""
    by_start = defaultdict(list)
    for doc, start, end in found:
        by_start[(doc, start)].append(end)
    matched = dict(found)
    gold_keys = {m.key for m in mentions}
    for m in mentions:
        if m.kind != "nominal" or m.key in found:
            continue
        for end in sorted(by_start.get((m.doc, m.start), []), reverse=True):
            key = (m.doc, m.start, end)
            if end < m.end and key not in gold_keys and not m.text[end - m.start].isalnum():
                matched[m.key] = matched.pop(key)
                gold_keys.add(key)  # used up
                break
    return matched


def score_pipeline(corpus: str) -> dict[str, Any] | None:
    mentions = gold_mentions(corpus)
    if mentions is None:
        return None
    gold = {m.key: m.entity for m in mentions}
    found = _match_nominals(mentions, link_pipeline(corpus))
    predicted = {key: found.get(key, ("unfound", key)) for key in gold}
    hits = sum(1 for key in gold if key in found)
    detection = Scores(
        hits / len(found) if found else 1.0,
        hits / len(gold) if gold else 1.0,
        _f1(hits / len(found) if found else 1.0, hits / len(gold) if gold else 1.0),
    )
    by_kind = {}
    for kind in ("name", "nominal", "pronoun"):
        keys = [m.key for m in mentions if m.kind == kind]
        by_kind[kind] = {"gold": len(keys), "found": sum(1 for k in keys if k in found)}
    return {
        "mentions": len(gold),
        "predicted_mentions": len(found),
        "gold_entities": len(set(gold.values())),
        "predicted_entities": len(set(found.values())),
        "detection": detection.to_dict(),
        "found_by_kind": by_kind,
        "bcubed": bcubed(gold, predicted).to_dict(),
        "pairwise": pairwise(gold, predicted).to_dict(),
    }


def score(corpus: str) -> dict[str, Any] | None:
    mentions = gold_mentions(corpus)
    if mentions is None:
        return None
    names = [m for m in mentions if m.kind == "name"]
    gold = {m.key: m.entity for m in names}
    predicted = link_names(names)
    return {
        "mentions": len(names),
        "gold_entities": len(set(gold.values())),
        "predicted_entities": len(set(predicted.values())),
        "bcubed": bcubed(gold, predicted).to_dict(),
        "pairwise": pairwise(gold, predicted).to_dict(),
    }


def errors(corpus: str) -> list[str]:
    """Wrongly merged and wrongly split gold entities, for reading."""
    mentions = gold_mentions(corpus) or []
    names = [m for m in mentions if m.kind == "name"]
    predicted = link_names(names)
    by_gold: dict[str, set[str]] = defaultdict(set)
    by_predicted: dict[str, set[str]] = defaultdict(set)
    texts: dict[str, set[str]] = defaultdict(set)
    for m in names:
        by_gold[m.entity].add(predicted[m.key])
        by_predicted[predicted[m.key]].add(m.entity)
        texts[m.entity].add(m.text)
    lines = [f"split  {g}: {sorted(texts[g])}" for g, p in by_gold.items() if len(p) > 1]
    lines += [f"merged {p}: {sorted(g)}" for p, g in by_predicted.items() if len(g) > 1]
    return lines


def pipeline_errors(corpus: str) -> list[str]:
    """Nominals and pronouns the pipeline missed or linked to another entity than the one most of the
    gold entity's found mentions went to, each with its context, for reading."""
    mentions = gold_mentions(corpus) or []
    texts = corpus_texts(corpus)
    found = _match_nominals(mentions, link_pipeline(corpus))
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for m in mentions:
        if m.key in found:
            votes[m.entity][found[m.key]] += 1
    lines = []
    for m in mentions:
        if m.kind == "name":
            continue
        text = texts[m.doc]
        context = text[max(0, m.start - 60) : m.start] + "[" + m.text + "]" + text[m.end : m.end + 30]
        context = context.replace("\n", " ")
        if m.key not in found:
            lines.append(f"missed {m.kind:7} {m.entity:24} {context}")
        elif found[m.key] != max(votes[m.entity].items(), key=lambda kv: kv[1])[0]:
            lines.append(f"wrong  {m.kind:7} {m.entity:24} -> {found[m.key]}  {context}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the scores as JSON on the last line")
    parser.add_argument("--errors", action="store_true", help="list wrongly split and merged entities")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {}
    for corpus in CORPORA:
        result = score(corpus)
        if result is None:
            print(f"{corpus}: texts not found, skipped")
            continue
        pipeline = score_pipeline(corpus)
        results[corpus] = {"pipeline": pipeline, "names": result}
        for label, r in (("pipeline", pipeline), ("names", result)):
            assert r is not None
            b, p = r["bcubed"], r["pairwise"]
            print(
                f"{corpus:7} {label:8} mentions={r['mentions']:4} entities gold={r['gold_entities']:3} "
                f"predicted={r['predicted_entities']:3}  B3 P={b['precision']:.3f} R={b['recall']:.3f} "
                f"F1={b['f1']:.3f}  pairwise P={p['precision']:.3f} R={p['recall']:.3f} F1={p['f1']:.3f}"
            )
        d = pipeline["detection"] if pipeline else {}
        print(f"{'':16} detection P={d['precision']:.3f} R={d['recall']:.3f} F1={d['f1']:.3f}  "
              f"found by kind {pipeline['found_by_kind'] if pipeline else ''}")  # fmt: skip
        if args.errors:
            for line in errors(corpus) + pipeline_errors(corpus):
                print("   ", line)
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
