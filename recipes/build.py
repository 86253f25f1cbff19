"""Build claimtrail's default Dutch pipeline from ../shared/data, reproducibly.

    .venv/bin/python recipes/build.py                      # convert, train both parts, assemble, install
    .venv/bin/python recipes/build.py --max-steps 2000     # a short run to check the recipe end to end

Steps (each skipped when its output exists, so an interrupted build resumes):
0. vectors: recipes/vectors.py trains static word vectors on ../shared/data/dutch_text;
1. convert: UD Alpino train stand-in + dev (CoNLL-U) and CoNLL-2002 ned.train + ned.testa to spaCy DocBin
   with `spacy convert`;
2. train `nl_ud.cfg` (tagger, morphologizer, lemmatizer, parser; best checkpoint on UD Alpino dev) and
   `nl_ner.cfg` (NER) on ned.train and ned.testa together for --ner-steps (3,000) steps, each with
   `spacy train` (in parallel with --parallel, one thread each). testa is then no dev set: the NER's last
   checkpoint is taken, and only ned.testb, which the recipe never reads, measures it;
3. assemble: the UD pipeline plus the NER component (given its own tok2vec copy), named nl_claimtrail,
   saved to --install (default src/claimtrail/nlp/models/nl, where `--pipeline default` finds it).

Licences: see docs/model-card.md. CoNLL-2002 is research-only: a pipeline whose NER was trained on it
must not be shipped in a commercial product without separate permission.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
UD_TRAIN = "ud_dutch/alpino_train/nl_alpino-alud-train.conllu"
UD_DEV = "ud_dutch/alpino/nl_alpino-ud-dev.conllu"
NER_TRAIN = "conll2002_nl/ned.train"
NER_DEV = "conll2002_nl/ned.testa"


def run(*args: str) -> subprocess.Popen[bytes]:
    print("+", " ".join(args), flush=True)
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    return subprocess.Popen(args, env=env)


def wait(*processes: subprocess.Popen[bytes]) -> None:
    for p in processes:
        if p.wait() != 0:
            sys.exit(f"failed: {' '.join(map(str, p.args))}")  # type: ignore[arg-type]


def convert(data: Path, work: Path) -> dict[str, Path]:
    corpus = work / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    out = {}
    jobs = []
    for key, rel, converter in (
        ("ud_train", UD_TRAIN, "conllu"),
        ("ud_dev", UD_DEV, "conllu"),
        ("ner_train", NER_TRAIN, "ner"),
        ("ner_dev", NER_DEV, "ner"),
    ):
        source = data / rel
        if not source.exists():
            sys.exit(f"missing {source}: pass --data pointing at the shared data folder")
        target = corpus / key
        target.mkdir(exist_ok=True)
        out[key] = target / (source.stem + ".spacy")
        if not out[key].exists():
            # NER files are IOB2 with -DOCSTART- lines; 10 sentences per Doc as the CoNLL files hold them
            jobs.append(
                run(sys.executable, "-m", "spacy", "convert", str(source), str(target),
                    "--converter", converter, "--n-sents", "10", "--file-type", "spacy")
            )  # fmt: skip
    wait(*jobs)
    for key, path in out.items():  # spacy convert names the output after the input's stem
        if not path.exists():
            found = sorted(path.parent.glob("*.spacy"))
            if len(found) != 1:
                sys.exit(f"expected one .spacy file in {path.parent}")
            out[key] = found[0]
    both = corpus / "ner_train_testa"  # a folder: spaCy reads every .spacy file in it
    both.mkdir(exist_ok=True)
    for key in ("ner_train", "ner_dev"):
        shutil.copyfile(out[key], both / f"{key}.spacy")
    out["ner_train_testa"] = both
    return out


def train(
    config: str, train_path: Path, dev_path: Path, output: Path, vectors: Path, max_steps: int | None
) -> list[str]:
    args = [sys.executable, "-m", "spacy", "train", str(HERE / config), "--output", str(output),
            "--paths.train", str(train_path), "--paths.dev", str(dev_path),
            "--paths.vectors", str(vectors)]  # fmt: skip
    if max_steps:
        args += ["--training.max_steps", str(max_steps)]
    return args


def best(output: Path) -> Path:
    for name in ("model-best", "model-last"):
        if (output / name / "meta.json").exists():
            return output / name
    sys.exit(f"no trained pipeline in {output}")


def assemble(ud: Path, ner: Path | None, install: Path, version: str) -> None:
    """The UD pipeline plus, unless `ner` is None, the NER component with its own token encoder."""
    import spacy

    nlp = spacy.load(ud)
    description = (
        "claimtrail default Dutch pipeline: UD tagger, morphologizer, lemmatizer and parser (Alpino "
        "treebank), static vectors trained on Dutch news text"
    )
    licence = "UD parts: CC BY-SA 4.0 / LGPL (Alpino treebank)"
    if ner is not None:
        ner_nlp = spacy.load(ner)
        ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])  # NER keeps its own token encoder
        nlp.add_pipe("ner", source=ner_nlp, before="parser")  # parser sentence splits must not cut entities
        description += " + NER (CoNLL-2002, research use only)"
        licence += "; NER trained on CoNLL-2002: research use only"
    nlp.meta.update(
        name="claimtrail",
        version=version,
        description=description + ". See docs/model-card.md.",
        license=licence,
    )
    if install.exists():
        shutil.rmtree(install)
    install.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(install)
    print(f"installed {install}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "model")
    parser.add_argument("--install", type=Path, default=ROOT / "src" / "claimtrail" / "nlp" / "models" / "nl")
    parser.add_argument("--max-steps", type=int, help="stop the UD training after this many steps")
    parser.add_argument("--ner-steps", type=int, default=3000, help="NER training steps (its last is kept)")
    parser.add_argument("--parallel", action="store_true", help="train both parts at once (2+ cores)")
    parser.add_argument("--version", default="0.4.0")
    parser.add_argument(
        "--no-ner", action="store_true", help="leave out the NER (CoNLL-2002 is research-only)"
    )
    options = parser.parse_args()

    corpus = convert(options.data, options.work)
    vectors = options.work / "vectors" / "nl_vectors"
    if not vectors.exists():
        wait(
            run(
                sys.executable,
                str(HERE / "vectors.py"),
                "--data",
                str(options.data),
                "--work",
                str(vectors.parent),
            )
        )
    ud_out, ner_out = options.work / "ud", options.work / "ner"
    jobs = []
    parts = (
        ("nl_ud.cfg", corpus["ud_train"], corpus["ud_dev"], ud_out, options.max_steps),
        ("nl_ner.cfg", corpus["ner_train_testa"], corpus["ner_dev"], ner_out, options.ner_steps),
    )
    for config, train_path, dev_path, output, steps in parts:
        if (output / "model-last" / "meta.json").exists():
            continue
        jobs.append(run(*train(config, train_path, dev_path, output, vectors, steps)))
        if not options.parallel:
            wait(jobs.pop())
    wait(*jobs)
    ner = None if options.no_ner else ner_out / "model-last"  # (testa was trained on: no best checkpoint)
    assemble(best(ud_out), ner, options.install, options.version)


if __name__ == "__main__":
    main()
