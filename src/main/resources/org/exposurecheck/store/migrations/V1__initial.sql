-- Publisher keys the person has chosen to trust (pinned on first use).
CREATE TABLE trusted_keys (
    key_id      TEXT PRIMARY KEY,
    public_key  BLOB NOT NULL,
    pinned_at   TEXT NOT NULL
);

-- Packs installed in this data directory; the files live in packs/<file_name>.
CREATE TABLE installed_packs (
    pack_id          TEXT PRIMARY KEY,
    title            TEXT NOT NULL,
    publisher_key_id TEXT NOT NULL REFERENCES trusted_keys (key_id),
    sequence         INTEGER NOT NULL,
    created          TEXT NOT NULL,
    expires          TEXT NOT NULL,
    record_count     INTEGER NOT NULL,
    demo             INTEGER NOT NULL,
    file_name        TEXT NOT NULL,
    installed_at     TEXT NOT NULL
);

-- The highest sequence ever installed per pack id and its publisher: kept after removal, so an old
-- pack cannot be rolled back in by removing the current one first.
CREATE TABLE pack_history (
    pack_id          TEXT PRIMARY KEY,
    publisher_key_id TEXT NOT NULL,
    max_sequence     INTEGER NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
