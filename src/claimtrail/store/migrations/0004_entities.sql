-- Entities (entities.v1): one row per canonical referent, its mentions per article, and the user's
-- knowledge-base edits (merge, split, alias), replayed over the packaged seed whenever entities are
-- linked, so corrections survive re-processing.
CREATE TABLE entities (
    id TEXT PRIMARY KEY,                 -- iso3166:RU, geonames:524901, ct:kremlin, name:jan-smit, inst:RU:embassy
    name TEXT NOT NULL,
    type TEXT NOT NULL,                  -- PER, ORG, LOC, GPE
    country TEXT,
    lat REAL,
    lon REAL,
    kb_id TEXT                           -- the knowledge-base entry, when the entity is known there
);
CREATE TABLE entity_mentions (
    article_id TEXT NOT NULL REFERENCES articles (id),
    entity_id TEXT NOT NULL,
    start INTEGER NOT NULL,              -- character offsets into articles.text
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,                  -- name, nominal, pronoun
    metonymy TEXT,                       -- 'government' when a place speaks for its government
    confidence REAL NOT NULL,
    PRIMARY KEY (article_id, start, "end")
);
CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id);
CREATE TABLE kb_edits (
    seq INTEGER PRIMARY KEY,
    edit TEXT NOT NULL,                  -- one JSON object: {"op": "merge", "keep": ..., "other": ...}
    created_at TEXT NOT NULL
);
