-- Attributions per article (attributions.v1): who said what, with cue, stance and hedging, plus the
-- statement's report time (the article's date interval) and, when the text states it, its event time.
CREATE TABLE attributions (
    article_id TEXT NOT NULL REFERENCES articles (id),
    idx INTEGER NOT NULL,                -- order in the article
    source_start INTEGER,                -- character offsets into articles.text; NULL when unnamed
    source_end INTEGER,
    source_text TEXT,
    source_resolved TEXT,                -- the entity the source refers to; NULL for anonymous sources
    cue_start INTEGER,
    cue_end INTEGER,
    cue_text TEXT,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    content_text TEXT NOT NULL,
    type TEXT NOT NULL,
    stance TEXT NOT NULL,
    hedged INTEGER NOT NULL,
    relayed_by TEXT,
    confidence REAL NOT NULL,
    report_earliest TEXT,
    report_latest TEXT,
    event_start INTEGER,                 -- the time expression that dates the statement, if any
    event_end INTEGER,
    event_value TEXT,
    event_earliest TEXT,
    event_latest TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX attributions_source ON attributions (source_resolved);
