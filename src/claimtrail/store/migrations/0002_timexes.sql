-- Time expressions per article and the publication date as refined from the text (timexes.v1).
CREATE TABLE timexes (
    article_id TEXT NOT NULL REFERENCES articles (id),
    start INTEGER NOT NULL,              -- character offsets into articles.text
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('DATE', 'TIME', 'DURATION', 'SET')),
    value TEXT NOT NULL,
    earliest TEXT,                       -- ISO dates; NULL for durations and sets
    latest TEXT,
    PRIMARY KEY (article_id, start, "end")
);

CREATE TABLE document_dates (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    earliest TEXT,
    latest TEXT,
    inferred INTEGER NOT NULL,
    evidence TEXT NOT NULL               -- JSON: the expressions and reasons that narrowed the date
);

-- Which extractor version produced an article's stored records, so re-processing is incremental.
CREATE TABLE processed (
    article_id TEXT NOT NULL REFERENCES articles (id),
    extractor TEXT NOT NULL,             -- e.g. 'timexes'
    version TEXT NOT NULL,               -- e.g. 'timexes.v1'
    processed_at TEXT NOT NULL,
    PRIMARY KEY (article_id, extractor)
);
