"""Frog (the Dutch memory-based NLP suite, Debian packages `frog` + `frogdata`, GPL) through its socket
server: `frog -S PORT` listens; a client sends text followed by a line `EOT` and reads tab-separated
token lines (blank line between sentences) until a line `READY`.

Frog gives CGN part-of-speech tags (kept as `xpos`, mapped to UD `upos` below), Alpino-style dependency
labels (not UD: `su`, `obj1`, `mod`, ...) and its own NER labels. Multi-word units such as `Den_Haag`
come back as one line; they are split into their words here so offsets stay exact.

Frog runs in its own process, so claimtrail's code never links against it (it is GPL); it is optional and
nothing in the test suite depends on it being installed.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterable, Iterator, Sequence

from claimtrail.errors import UsageError
from claimtrail.nlp.doc import Doc, Entity, Sentence, Token

INSTALL_HINT = (
    "apt-get install frog frogdata (Debian/Ubuntu), or start `frog -S PORT` and pass frog://HOST:PORT"
)

# CGN main tag (and first feature where it decides) -> UD part of speech.
CGN_UPOS = {
    "N(soort": "NOUN",
    "N(eigen": "PROPN",
    "SPEC(deeleigen": "PROPN",
    "SPEC(symb": "SYM",
    "SPEC": "X",
    "ADJ": "ADJ",
    "BW": "ADV",
    "VZ": "ADP",
    "LID": "DET",
    "VNW": "PRON",
    "TW": "NUM",
    "VG(neven": "CCONJ",
    "VG(onder": "SCONJ",
    "TSW": "INTJ",
    "LET": "PUNCT",
    "WW": "VERB",
}


def cgn_to_upos(tag: str) -> str:
    if tag.startswith("VNW") and "prenom" in tag:
        return "DET"
    main, _, rest = tag.partition("(")
    first = rest.split(",")[0].rstrip(")")
    return CGN_UPOS.get(f"{main}({first}", CGN_UPOS.get(main, "X"))


def _align(text: str, word: str, cursor: int) -> tuple[int, int]:
    """Where `word` sits in `text` at or after `cursor` (skipping white space). Frog sometimes changes a
    token's form; then the span is the next non-space stretch of the same length."""
    while cursor < len(text) and text[cursor].isspace():
        cursor += 1
    if text.startswith(word, cursor):
        return cursor, cursor + len(word)
    found = text.find(word, cursor, cursor + 200)
    if found >= 0:
        return found, found + len(word)
    end = cursor
    while end < len(text) and not text[end].isspace() and end - cursor < max(len(word), 1):
        end += 1
    return cursor, max(end, min(cursor + 1, len(text)))


def read_frog_output(text: str, output: str, backend: str = "frog") -> Doc:
    """Frog's tab-separated answer for `text` as a `Doc` with offsets into `text`."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    cursor = 0
    for block in re.split(r"\n\s*\n", output.replace("READY", "").strip()):
        rows = [line.split("\t") for line in block.splitlines() if line.strip()]
        if not rows:
            continue
        first = len(tokens)
        # a Frog line may hold a multi-word unit (`Den_Haag`): its words get consecutive indexes;
        # `first_of[n]` is where Frog's n-th line (1-based) starts
        first_of: dict[int, int] = {}
        pieces: list[tuple[list[str], list[str]]] = []
        for row in rows:
            row += [""] * (10 - len(row))
            words = row[1].split("_")
            first_of[int(row[0])] = first + sum(len(p[1]) for p in pieces)
            pieces.append((row, words))
        label = None
        for row, words in pieces:
            parts = len(words)

            def split(value: str, parts: int = parts) -> list[str]:
                values = value.split("_")
                return values if len(values) == parts else [value] * parts

            lemmas, tags, ners = split(row[2]), split(row[4]), split(row[6])
            parsed = row[8].strip().isdigit()
            head_line = int(row[8]) if parsed else 0
            for k, word in enumerate(words):
                n = len(tokens)
                start, end = _align(text, word, cursor)
                cursor = end
                if k > 0:  # later words of a multi-word unit hang on its first word
                    head, dep = n - k, "mwp"
                elif head_line in first_of:
                    head, dep = first_of[head_line], row[9]
                else:  # Frog's root (head 0), or no parse at all
                    head, dep = n, "root" if parsed else ""
                tokens.append(
                    Token(
                        n,
                        start,
                        end,
                        text[start:end],
                        lemmas[k],
                        cgn_to_upos(tags[k]),
                        tags[k],
                        "",
                        head,
                        "root" if dep == "ROOT" else dep,
                    )
                )
                tag = ners[k]
                if tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label):
                    entities.append(Entity(n, n + 1, start, end, tag[2:], text[start:end]))
                    label = tag[2:]
                elif tag.startswith("I-") and entities:
                    e = entities[-1]
                    entities[-1] = Entity(e.start_token, n + 1, e.start, end, e.label, text[e.start : end])
                else:
                    label = None
        sentences.append(Sentence(first, len(tokens), tokens[first].start, tokens[-1].end))
    return Doc(
        text=text,
        tokens=tokens,
        sentences=sentences,
        entities=entities,
        language="nl",
        backend=backend,
        annotations=FrogBackend.provides,
    )


class FrogBackend:
    """A client of a Frog socket server; starts one (`frog -S PORT`) when no address is given."""

    languages: tuple[str, ...] = ("nl",)
    provides: tuple[str, ...] = ("tokens", "sentences", "lemma", "upos", "xpos", "deps", "entities")

    def __init__(
        self, host: str | None = None, port: int | None = None, startup_timeout: float = 300
    ) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        if host is None:
            executable = shutil.which("frog")
            if executable is None:
                raise UsageError(f"Frog is not installed: {INSTALL_HINT}")
            with socket.socket() as probe:  # a free port
                probe.bind(("localhost", 0))
                port = probe.getsockname()[1]
            host = "localhost"
            self._process = subprocess.Popen(
                [executable, "-S", str(port)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        assert port is not None
        self.host, self.port = host, port
        self.name = f"frog://{host}:{port}"
        self._wait(startup_timeout)

    def _wait(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                socket.create_connection((self.host, self.port), timeout=5).close()
                return
            except OSError as exc:
                if self._process is not None and self._process.poll() is not None:
                    raise UsageError(f"Frog server exited with code {self._process.returncode}") from exc
                if time.monotonic() > deadline:
                    raise UsageError(f"no Frog server answers at {self.name}: {INSTALL_HINT}") from exc
                time.sleep(0.5)

    def _ask(self, text: str) -> str:
        with socket.create_connection((self.host, self.port), timeout=600) as conn:
            # EOT on a line of its own ends the request; keep the text from containing one
            body = text.replace("\nEOT", "\n EOT")
            conn.sendall(body.encode("utf-8") + b"\nEOT\n")
            chunks = []
            while True:
                data = conn.recv(1 << 16)
                if not data:
                    break
                chunks.append(data)
                if b"\nREADY" in b"".join(chunks[-2:]) or b"".join(chunks).startswith(b"READY"):
                    break
        return b"".join(chunks).decode("utf-8", errors="replace")

    def parse(self, texts: Iterable[str], batch_size: int = 64, workers: int = 1) -> Iterator[Doc]:
        # one request per text: memory holds one text; Frog parallelises inside its server
        for text in texts:
            yield read_frog_output(text, self._ask(text) if text.strip() else "", self.name)

    def parse_words(self, sentences: Iterable[Sequence[str]], batch_size: int = 64) -> Iterator[Doc]:
        return self.parse(" ".join(words) for words in sentences)

    def close(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=30)
            self._process = None

    def __del__(self) -> None:
        self.close()
