-- State of pack updates over the network (the update package; docs/publishing.md).

-- Per mirror: the last catalogue it served and that response's ETag, so an unchanged catalogue
-- costs one conditional request answered with 304, and the stored bytes are verified again.
CREATE TABLE mirror_catalogues (
    mirror      TEXT PRIMARY KEY,
    etag        TEXT,
    catalogue   BLOB NOT NULL,
    fetched_at  TEXT NOT NULL
);

-- The highest catalogue sequence ever accepted per publisher key: a lower one is a rollback.
CREATE TABLE catalogue_history (
    publisher_key_id TEXT PRIMARY KEY,
    max_sequence     INTEGER NOT NULL
);

-- Pack downloads in progress, one per file in downloads/<file_name>.part: the validator (ETag or
-- Last-Modified) of the response that started it, so a resumed request can send If-Range.
CREATE TABLE partial_downloads (
    file_name  TEXT PRIMARY KEY,
    mirror     TEXT NOT NULL,
    validator  TEXT,
    sha256     TEXT NOT NULL,
    bytes      INTEGER NOT NULL
);
