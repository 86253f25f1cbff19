"""HTML pages, RSS/Atom feeds and WARC archives, built by the tests from local HTML."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimtrail.ingest.pipeline import ingest
from claimtrail.store import ArticleFilter
from tests.conftest import DUTCH, ENGLISH


def page(title: str, body: str, date: str = "2025-03-11", site: str = "De Kustkoerier") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split(". "))
    return (
        f"<!DOCTYPE html><html lang='nl'><head><title>{title} | {site}</title>"
        f"<meta property='og:site_name' content='{site}'>"
        f"<meta property='article:published_time' content='{date}T09:30:00+01:00'></head>"
        f"<body><nav><a href='/'>Home</a> <a href='/binnenland'>Binnenland</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        f"<footer>© {site} — alle rechten voorbehouden</footer></body></html>"
    )


def test_html_page_title_body_date(tmp_path: Path, store) -> None:
    path = tmp_path / "kabel.html"
    path.write_text(page("Kabel beschadigd", DUTCH), encoding="utf-8")
    report = ingest([path], store)
    assert report.rejected == []
    (article,) = store.iter_articles(ArticleFilter())
    assert article.title == "Kabel beschadigd"
    assert (article.published.value, article.published.precision) == ("2025-03-11", "day")
    assert article.source == "De Kustkoerier"
    assert "sabotage niet kan worden uitgesloten" in article.text
    assert "alle rechten voorbehouden" not in article.text
    assert article.language == "nl"


def test_rss_feed_with_full_content(tmp_path: Path, store) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>De Kustkoerier</title><link>https://kk.example/</link><description>Nieuws</description>
<item><title>Kabel beschadigd</title><link>https://kk.example/1</link>
<pubDate>Tue, 11 Mar 2025 08:00:00 +0100</pubDate><description>Kort.</description>
<content:encoded><![CDATA[<p>{DUTCH}</p><p>Tweede alinea.</p>]]></content:encoded></item>
<item><title>Alleen samenvatting</title><link>https://kk.example/2</link><description>Kort.</description></item>
</channel></rss>""",
        encoding="utf-8",
    )
    report = ingest([feed], store)
    assert report.stored == 1
    assert len(report.rejected) == 1
    assert f"{feed}#entry-2" in report.rejected[0] and "not a local file" in report.rejected[0]
    (article,) = store.iter_articles(ArticleFilter())
    assert (article.title, article.source, article.url) == (
        "Kabel beschadigd",
        "De Kustkoerier",
        "https://kk.example/1",
    )
    assert article.published.value == "2025-03-11"
    assert article.text == DUTCH + "\n\nTweede alinea."


def test_atom_feed_linking_to_local_html(tmp_path: Path, store) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "one.html").write_text(page("Kabel", DUTCH), encoding="utf-8")
    (tmp_path / "pages" / "two.html").write_text(
        page("Cable", ENGLISH, site="Harbour Times"), encoding="utf-8"
    )
    feed = tmp_path / "feed.atom"
    feed.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Times</title><id>urn:x</id>
<updated>2025-03-12T10:00:00Z</updated>
<entry><title>Kabel beschadigd</title><id>urn:1</id><link href="pages/one.html"/>
<updated>2025-03-12T10:00:00Z</updated></entry>
<entry><title>Cable damaged</title><id>urn:2</id><link href="file://%s"/>
<updated>2025-03-13T10:00:00Z</updated></entry>
</feed>"""
        % (tmp_path / "pages" / "two.html"),
        encoding="utf-8",
    )
    report = ingest([feed], store)
    assert report.rejected == []
    articles = sorted(store.iter_articles(ArticleFilter()), key=lambda a: a.published.value or "")
    assert [(a.title, a.published.value, a.language) for a in articles] == [
        ("Kabel beschadigd", "2025-03-12", "nl"),
        ("Cable damaged", "2025-03-13", "en"),
    ]
    assert "sabotage" in articles[0].text


def build_warc(path: Path, pages: list[tuple[str, str]], compress: bool = True) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compress)
        robots = writer.create_warc_record(
            "https://kk.example/robots.txt",
            "response",
            payload=io.BytesIO(b"User-agent: *"),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1"),
        )
        writer.write_record(robots)
        for url, html in pages:
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(html.encode("utf-8")),
                http_headers=StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                ),
            )
            writer.write_record(record)


def test_warc_gz_response_records(tmp_path: Path, store) -> None:
    path = tmp_path / "crawl.warc.gz"
    build_warc(
        path,
        [
            ("https://kk.example/1", page("Kabel", DUTCH)),
            ("https://ht.example/2", page("Cable", ENGLISH, site="HT")),
        ],
    )
    report = ingest([path], store)
    assert (report.stored, report.rejected) == (2, [])
    urls = sorted(a.url for a in store.iter_articles(ArticleFilter()))
    assert urls == ["https://ht.example/2", "https://kk.example/1"]
    assert all(a.origin.startswith(f"{path}#") for a in store.iter_articles(ArticleFilter()))


def test_plain_warc_without_extension_is_sniffed(tmp_path: Path, store) -> None:
    path = tmp_path / "crawl-00001"
    build_warc(path, [("https://kk.example/1", page("Kabel", DUTCH))], compress=False)
    assert ingest([path], store).stored == 1


@pytest.mark.parametrize("compress", [True, False])
@pytest.mark.parametrize(("fraction", "complete_pages"), [(0.5, 1), (0.62, 2), (0.8, 3), (0.99, 3)])
def test_truncated_warc_keeps_records_before_the_cut(
    tmp_path: Path,
    store,
    compress: bool,
    fraction: float,
    complete_pages: int,
) -> None:
    full = tmp_path / "full.warc"
    pages = [(f"https://kk.example/{i}", page(f"Kabel {i}", f"Bericht {i}. " + DUTCH * 3)) for i in range(4)]
    build_warc(full, pages, compress=compress)
    data = full.read_bytes()
    cut = tmp_path / ("cut.warc.gz" if compress else "cut.warc")
    cut.write_bytes(data[: int(len(data) * fraction)])
    report = ingest([cut], store)
    assert report.read == complete_pages
    assert len(report.rejected) == 1
    assert str(cut) in report.rejected[0] and "truncated or corrupt WARC" in report.rejected[0]


def test_gzip_of_non_warc_is_not_mistaken(tmp_path: Path, store) -> None:
    path = tmp_path / "dump.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write(f'{{"id": "g1", "text": "{DUTCH}"}}\n')
    assert ingest([path], store).stored == 1
