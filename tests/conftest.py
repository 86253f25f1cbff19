"""Shared fixtures: a real SQLite file per test, the CLI run in-process, and the shared data folder."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner, Result

from claimtrail.cli import main
from claimtrail.store import Store, open_store

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMTRAIL_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "seeds"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def store(db_path: Path):
    opened: Store = open_store(db_path)
    yield opened
    opened.close()


@pytest.fixture
def cli(db_path: Path):
    """Run `claimtrail --db <test db> ARGS...` in-process; returns click's Result."""
    runner = CliRunner()

    def run(*args: str) -> Result:
        return runner.invoke(main, ["--db", str(db_path), *args], catch_exceptions=False)

    return run


@pytest.fixture
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"shared seeds not present at {SEEDS}")
    return SEEDS


def load_eval_script(name: str) -> ModuleType:
    """An evaluation script of eval/ (not a package) as a module, so tests can call its functions."""
    if str(REPO / "eval") not in sys.path:  # the scripts import their neighbour shared_data
        sys.path.insert(0, str(REPO / "eval"))
    spec = importlib.util.spec_from_file_location(f"claimtrail_eval_{name}", REPO / "eval" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


DUTCH = (
    "De minister van Defensie zei dinsdag dat sabotage niet kan worden uitgesloten. Volgens haar is de "
    "schade aan de kabel groter dan eerst werd gedacht. De rederij van het schip ontkent iedere "
    "betrokkenheid en spreekt van een ongeluk tijdens de storm van zaterdag. Het onderzoek zal volgens "
    "het Openbaar Ministerie nog weken duren."
)
ENGLISH = (
    "The defence minister said on Tuesday that sabotage could not be ruled out. According to her, the damage "
    "to the cable is greater than was first thought. The shipping company denied any involvement and spoke "
    "of an accident during the storm on Saturday. The investigation will take weeks, prosecutors said."
)


def article_text(n: int, words: int = 120) -> str:
    """A distinct synthetic Dutch article: the same vocabulary, a different word order per n."""
    import random

    rng = random.Random(n)
    vocab = DUTCH.replace(".", "").split()
    return " ".join(rng.choice(vocab) for _ in range(words)) + f" Artikel {n}."
