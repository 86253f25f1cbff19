"""Pick a backend by name: `get_backend(name_or_path, language)`.

Names understood, in this order:
- None or "default": for Dutch the pipeline shipped inside the package (`claimtrail/nlp/models/nl`);
  for English the first installed spaCy English pipeline (en_core_web_sm, _md, _lg, _trf, then any en_*).
- "frog" (start a local Frog server) or "frog://HOST:PORT" (use a running one).
- "blank:LANG": spaCy's rule-based tokenizer and sentence splitter only (no tags, parse or entities).
- a folder holding a spaCy pipeline, or the name of an installed spaCy pipeline package.
Errors say what is missing and how to get it.
"""

from __future__ import annotations

from pathlib import Path

from claimtrail.errors import UsageError
from claimtrail.nlp.base import Backend

DEFAULT_MODELS = Path(__file__).parent / "models"
ENGLISH_PREFERENCE = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")


def installed_spacy_pipelines() -> list[str]:
    """Names of the spaCy pipeline packages installed in this environment."""
    try:
        import spacy.util
    except ImportError:
        return []
    return sorted(spacy.util.get_installed_models())


def default_pipeline_path(language: str) -> Path:
    return DEFAULT_MODELS / language


def _spacy() -> None:
    try:
        import spacy  # noqa: F401
    except ImportError as exc:
        raise UsageError("spaCy is not installed: pip install 'spacy>=3.7,<3.9'") from exc


def get_backend(name_or_path: str | Path | None = None, language: str = "nl") -> Backend:
    """The backend for `name_or_path` that reads `language`; UsageError names what is missing."""
    from claimtrail.nlp.spacy_backend import SpacyBackend

    name = str(name_or_path) if name_or_path is not None else "default"
    if name == "frog" or name.startswith("frog://"):
        from claimtrail.nlp.frog_backend import FrogBackend

        if language != "nl":
            raise UsageError(f"Frog reads Dutch only, not {language!r}")
        if name == "frog":
            return FrogBackend()
        host, _, port = name.removeprefix("frog://").partition(":")
        if not port.isdigit():
            raise UsageError(f"expected frog://HOST:PORT, got {name!r}")
        return FrogBackend(host or "localhost", int(port))
    _spacy()
    if name == "default":
        if language == "en":
            for candidate in ENGLISH_PREFERENCE + tuple(installed_spacy_pipelines()):
                if candidate in installed_spacy_pipelines() and candidate.startswith("en_"):
                    return SpacyBackend.load(candidate)
            raise UsageError(
                "no English pipeline installed: pip install en_core_web_sm "
                "(from https://github.com/explosion/spacy-models/releases) or pass --pipeline PATH"
            )
        path = default_pipeline_path(language)
        if not (path / "meta.json").exists():
            raise UsageError(
                f"no default pipeline for language {language!r} at {path}: build it with `make model` "
                "(recipes/README.md), or pass --pipeline NAME|PATH|frog|blank:{language}"
            )
        name = str(path)
    if name.startswith("blank:"):
        import spacy

        lang = name.removeprefix("blank:") or language
        backend = SpacyBackend(spacy.blank(lang), name)
    elif Path(name).exists():
        if not (Path(name) / "config.cfg").exists():
            raise UsageError(f"{name} is not a spaCy pipeline folder (it has no config.cfg)")
        backend = SpacyBackend.load(Path(name))
    elif name in installed_spacy_pipelines():
        backend = SpacyBackend.load(name)
    else:
        installed = ", ".join(installed_spacy_pipelines()) or "none"
        raise UsageError(
            f"no pipeline {name!r}: not a folder and not an installed spaCy pipeline "
            f"(installed: {installed}); pip install the pipeline package or pass --pipeline PATH"
        )
    if language not in backend.languages:
        raise UsageError(
            f"pipeline {name!r} reads {', '.join(backend.languages)}, not {language!r}; "
            f"pass a {language} pipeline with --pipeline"
        )
    return backend
