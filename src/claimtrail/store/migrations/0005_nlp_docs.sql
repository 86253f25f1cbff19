-- Annotated documents (nlp.doc.v1) from `claimtrail parse`: tokens with offsets, sentences, lemmas, tags,
-- morphology, dependencies and named entities, so later steps read them instead of parsing again.
CREATE TABLE nlp_docs (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    pipeline TEXT NOT NULL,              -- the backend's name, e.g. spacy:claimtrail-nl-0.2.0
    doc BLOB NOT NULL,                   -- zlib-compressed JSON of claimtrail.nlp.doc.Doc.to_dict()
    parsed_at TEXT NOT NULL
);
