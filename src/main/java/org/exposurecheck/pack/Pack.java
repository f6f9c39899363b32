package org.exposurecheck.pack;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.exposurecheck.pack.photo.PhotoHash;
import org.exposurecheck.token.TokenScheme;
import org.exposurecheck.token.TokenType;

/**
 * A pack whose signature, publisher, expiry and content hash have been checked, ready for lookups. Its body is
 * read in place: from memory for a pack read whole, or chunk by chunk from an installed file (decision 0031),
 * where a chunk that no longer matches its hash from install is an {@link InstalledPackChangedException}.
 */
public final class Pack {
    private final Manifest manifest;
    private final PublisherKey publisher;
    private final TokenScheme scheme;
    private final Set<TokenType> tokenTypes;
    private final PackBody body;
    /** Read from the manifest on first use: most packs have none, and a check asks often. */
    private volatile Optional<KeyedTier> keyedTier;

    Pack(Manifest manifest, PublisherKey publisher, TokenScheme scheme, Set<TokenType> tokenTypes, PackBody body) {
        this.manifest = manifest;
        this.publisher = publisher;
        this.scheme = scheme;
        this.tokenTypes = Set.copyOf(tokenTypes);
        this.body = body;
    }

    public Manifest manifest() {
        return manifest;
    }

    public PublisherKey publisher() {
        return publisher;
    }

    public TokenScheme scheme() {
        return scheme;
    }

    /** The token types this pack holds; a lookup needs to derive only these. */
    public Set<TokenType> tokenTypes() {
        return tokenTypes;
    }

    /** Indices of the records a token points to. */
    public int[] lookup(byte[] token) {
        try {
            return body.index().lookup(token);
        } catch (ByteSource.OutsideSource damaged) {
            throw changed(damaged);
        }
    }

    public PackRecord record(int index) {
        try {
            return body.record(index);
        } catch (ByteSource.OutsideSource damaged) {
            throw changed(damaged);
        }
    }

    public List<PackRecord> records() {
        return body.records();
    }

    public int tokenCount() {
        return body.index().size();
    }

    /** How many photo hashes the pack holds (a record may have several). */
    public int photoCount() {
        return body.photos().size();
    }

    /** The record of the {@code i}-th photo hash. */
    public int photoRecord(int i) {
        try {
            return body.photos().recordAt(i);
        } catch (ByteSource.OutsideSource damaged) {
            throw changed(damaged);
        }
    }

    public PhotoHash photoHash(int i) {
        try {
            return body.photos().hashAt(i);
        } catch (ByteSource.OutsideSource damaged) {
            throw changed(damaged);
        }
    }

    /** Every stored token, for audits and tests that scan a pack. */
    public byte[] tokenAt(int i) {
        try {
            return body.index().tokenAt(i);
        } catch (ByteSource.OutsideSource damaged) {
            throw changed(damaged);
        }
    }

    /**
     * A read outside the body's sections: impossible for a body checked whole, so only an installed file whose
     * chunks and chunk hashes were both altered gets here (decision 0031).
     */
    private InstalledPackChangedException changed(ByteSource.OutsideSource damaged) {
        return new InstalledPackChangedException(PackRefusal.INSTALLED_PACK_CHANGED.sentence("pack", manifest.id()), damaged);
    }

    /** The pack's keyed tier, when it has one: pair types looked up through the publisher's service (docs/keyed-tier.md). */
    public Optional<KeyedTier> keyedTier() {
        Optional<KeyedTier> tier = keyedTier;
        if (tier == null) {
            tier = KeyedTier.of(manifest);
            keyedTier = tier;
        }
        return tier;
    }
}
