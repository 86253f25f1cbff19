"""Dutch words that are ordinary words more often than names, for the entity linker.

    .venv/bin/python recipes/common_words.py      # writes src/claimtrail/link/data/common_words.txt

Read from the shipped pipeline's static vectors, whose rows are in order of frequency in the training
text (`recipes/vectors.py`): a lower-case word is kept when it ranks above its capitalised form (or that
form is absent). So 'schaatsster', 'vervoerder' and 'concurrent' are kept, while 'bakker' and 'visser'
are not (the surnames Bakker and Visser are the more frequent forms). Only words, no text, are kept.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "src" / "claimtrail" / "nlp" / "models" / "nl"
TARGET = ROOT / "src" / "claimtrail" / "link" / "data" / "common_words.txt"


def common_words(model: Path = MODEL, min_length: int = 4) -> list[str]:
    import spacy

    vocab = spacy.load(model).vocab
    rank = {vocab.strings[key]: row for key, row in vocab.vectors.key2row.items()}
    kept = [
        (row, word)
        for word, row in rank.items()
        if word.isalpha() and word.islower() and len(word) >= min_length
        and row < rank.get(word.capitalize(), len(rank))
    ]  # fmt: skip
    return [word for _, word in sorted(kept)]


def main() -> None:
    words = common_words()
    header = "# ordinary Dutch words, most frequent first (recipes/common_words.py; do not edit by hand)\n"
    TARGET.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
