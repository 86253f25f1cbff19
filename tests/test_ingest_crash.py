"""kill -9 during ingest leaves a consistent database, and re-running completes the job without
duplicates. Runs the real console command in a subprocess."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import article_text, write_jsonl

N = 4000


def count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # schema not yet created
        return 0


def test_kill_minus_nine_then_rerun(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "big.jsonl", [{"id": str(i), "text": article_text(i)} for i in range(N)])
    db = tmp_path / "crash.db"
    env = {**os.environ, "CLAIMTRAIL_BATCH_SIZE": "100"}
    command = [sys.executable, "-m", "claimtrail", "--db", str(db), "ingest", str(corpus)]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while count(db) < 300 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    assert proc.poll() is None, "ingest finished before it could be killed: raise N"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = count(db)
    assert 0 < partial < N
    assert partial % 100 == 0  # only whole batches were committed
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute(
            "INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')"
        )  # raises if FTS is off
    rerun = subprocess.run(
        [*command, "--json"][:-2] + ["--json", str(corpus)], env=env, capture_output=True, text=True
    )
    assert rerun.returncode == 0, rerun.stderr
    assert count(db) == N
    with sqlite3.connect(db) as conn:
        distinct = conn.execute("SELECT count(DISTINCT external_id) FROM articles").fetchone()[0]
        bands = conn.execute("SELECT count(DISTINCT article_rowid) FROM minhash_bands").fetchone()[0]
    assert distinct == N and bands == N
