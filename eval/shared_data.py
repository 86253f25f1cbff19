"""Where the evaluation scripts find the shared data (real articles and corpora, never copied into the
repository): `../shared` next to the checkout, or the folder `$CLAIMTRAIL_SHARED` names."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    return Path(os.environ.get("CLAIMTRAIL_SHARED") or ROOT.parent / "shared")


def seeds_dir() -> Path | None:
    """The shared seed files, when this checkout has them."""
    seeds = shared_dir() / "seeds"
    return seeds if seeds.is_dir() else None
