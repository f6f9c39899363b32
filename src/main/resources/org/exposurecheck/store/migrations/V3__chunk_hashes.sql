-- The SHA-256 of each 8 KiB chunk of an installed pack file, made when it was verified whole at install, so a
-- check reads only the chunks it needs and checks each against its hash (docs/decisions/0031). NULL for packs
-- installed before: those are read and verified whole, as then.
ALTER TABLE installed_packs ADD COLUMN chunk_hashes BLOB;
