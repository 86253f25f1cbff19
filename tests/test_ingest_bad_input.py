"""Bad input: a clear message naming the file or record, the batch goes on, nothing stored is lost."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from claimtrail.ingest.pipeline import ingest
from tests.conftest import DUTCH, ENGLISH, write_jsonl


def test_binary_file_is_rejected_by_name(tmp_path: Path, store) -> None:
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    good = tmp_path / "good.txt"
    good.write_text(DUTCH, encoding="utf-8")
    report = ingest([png, good], store)
    assert report.stored == 1
    assert report.rejected == [f"{png}: binary data, not text (is this the right file?)"]


def test_empty_article_is_rejected(tmp_path: Path, store) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text(" date 2023-05 \n\n  ", encoding="utf-8")
    report = ingest([empty], store)
    assert report.rejected == [f"{empty}: empty article (no text after the date header)"]


def test_missing_path_is_reported_and_others_go_on(tmp_path: Path, store) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH, encoding="utf-8")
    report = ingest([tmp_path / "nope.txt", good], store)
    assert report.stored == 1
    assert report.rejected == [f"{tmp_path / 'nope.txt'}: no such file or folder"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_reported(tmp_path: Path, store) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(DUTCH, encoding="utf-8")
    locked.chmod(0)
    report = ingest([locked], store)
    assert report.rejected and report.rejected[0].startswith(f"{locked}: cannot read file")


def test_one_gigabyte_text_file_is_refused_without_reading_it(tmp_path: Path, store) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as out:
        out.truncate(1_000_000_000)  # sparse: costs no disk
    report = ingest([huge], store)
    assert len(report.rejected) == 1
    assert report.rejected[0].startswith(f"{huge}: file is 1,000 MB, over the 10 MB limit for one article")


def test_one_gigabyte_jsonl_of_zeros_is_binary(tmp_path: Path, store) -> None:
    huge = tmp_path / "huge.jsonl"
    with huge.open("wb") as out:
        out.truncate(1_000_000_000)
    report = ingest([huge], store)
    assert report.rejected == [f"{huge}: binary data, not text (is this the right file?)"]


def test_oversized_jsonl_line_is_skipped_and_next_lines_read(
    tmp_path: Path,
    store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CLAIMTRAIL_MAX_ARTICLE_MB", "0.01")  # 10 kB
    path = write_jsonl(
        tmp_path / "a.jsonl",
        [{"id": "big", "text": DUTCH * 100}, {"id": "small", "text": DUTCH}, {"id": "en", "text": ENGLISH}],
    )
    report = ingest([path], store)
    assert report.stored == 2
    assert report.rejected == [
        f"{path}:1: line longer than 0.01 MB (raise CLAIMTRAIL_MAX_ARTICLE_MB if this is one real article)"
    ]


def test_undecodable_line_after_the_sniffed_start_is_rejected_alone(tmp_path: Path, store) -> None:
    path = tmp_path / "a.jsonl"
    good = b"".join((json.dumps({"id": i, "text": f"{DUTCH} {i}"}) + "\n").encode() for i in range(250))
    assert len(good) > 64 * 1024  # the encoding is detected from the first 64 kB: UTF-8
    bad = b'{"id": "b", "text": "caf\xe9 \xff\xfe kapot"}\n'
    path.write_bytes(good + bad + (f'{{"id": "c", "text": "{ENGLISH}"}}\n').encode())
    report = ingest([path], store)
    assert report.stored == 251
    assert len(report.rejected) == 1 and report.rejected[0].startswith(f"{path}:251: bytes not valid utf-8")


def test_rejections_do_not_lose_what_is_stored(tmp_path: Path, store) -> None:
    first = write_jsonl(tmp_path / "first.jsonl", [{"id": "a", "text": DUTCH}])
    ingest([first], store)
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{kapot\n", encoding="utf-8")
    report = ingest([broken], store)
    assert len(report.rejected) == 1
    assert store.count_articles() == 1


def test_not_a_feed_is_reported(tmp_path: Path, store) -> None:
    path = tmp_path / "x.rss"
    path.write_text("<rss><channel><title>leeg</title></channel></rss>", encoding="utf-8")
    report = ingest([path], store)
    assert report.rejected == [f"{path}: feed has no entries"]


def test_html_without_article_is_reported(tmp_path: Path, store) -> None:
    path = tmp_path / "x.html"
    path.write_text("<html><body></body></html>", encoding="utf-8")
    report = ingest([path], store)
    assert report.rejected == [f"{path}: no article text found in the HTML page"]


def test_many_rejections_are_counted_but_messages_are_capped(tmp_path: Path, store) -> None:
    from claimtrail.ingest.pipeline import MAX_MESSAGES

    path = tmp_path / "junk.jsonl"
    path.write_text("{kapot\n" * (MAX_MESSAGES + 500) + json.dumps({"text": DUTCH}) + "\n", encoding="utf-8")
    report = ingest([path], store)
    assert report.rejected_count == MAX_MESSAGES + 500
    assert len(report.rejected) == MAX_MESSAGES
    assert report.stored == 1
