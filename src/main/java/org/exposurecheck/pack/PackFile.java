package org.exposurecheck.pack;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.exposurecheck.base.Json;
import org.exposurecheck.base.Sha256;
import org.exposurecheck.base.SignatureContext;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.token.Argon2PairScheme;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.token.TokenType;

/**
 * The pack container (docs/pack-format.md): magic, the publisher's public key, the manifest, an Ed25519
 * signature over the manifest, then the body. Reading checks, in order: shape, signature, trusted
 * publisher, expiry, content length and hash — and only then decodes the body.
 */
public final class PackFile {
    static final byte[] MAGIC = "ECPACK01".getBytes(StandardCharsets.US_ASCII);
    private static final SignatureContext SIGNED = new SignatureContext("exposure-check/pack-manifest/v1");
    private static final int MAX_MANIFEST_BYTES = 1 << 20;
    private static final int SIGNATURE_BYTES = 64;

    private PackFile() {
    }

    /** A pack whose manifest is signed by the key it carries; not yet checked against any trusted key. */
    public record Signed(PublisherKey publisher, Manifest manifest, byte[] body) {
    }

    /** Writes the container to {@code out}: header, signed manifest, then the body file's bytes. */
    static void write(Manifest manifest, Path body, SigningKey key, Path out) throws IOException {
        byte[] manifestBytes = Json.MAPPER.writeValueAsBytes(manifest);
        try (OutputStream file = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             DataOutputStream data = new DataOutputStream(new BufferedOutputStream(file, 64 * 1024))) {
            data.write(MAGIC);
            data.write(key.publicKey().encoded());
            data.writeInt(manifestBytes.length);
            data.write(manifestBytes);
            data.writeShort(SIGNATURE_BYTES);
            data.write(key.sign(SIGNED.message(manifestBytes)));
            Files.copy(body, data);
        }
    }

    /** Parses the container and checks the manifest's signature against the key the file carries. */
    public static Signed open(byte[] file) throws PackException {
        Header header = header(new ArraySource(file));
        byte[] body = Arrays.copyOfRange(file, Math.toIntExact(header.bodyStart()), file.length);
        return new Signed(header.publisher(), header.manifest(), body);
    }

    /** The publisher's key and the manifest, once its signature is checked, and where the body starts. */
    private record Header(PublisherKey publisher, Manifest manifest, long bodyStart) {
    }

    private static Header header(ByteSource file) throws PackException {
        if (file.length() < MAGIC.length || !Arrays.equals(file.read(0, MAGIC.length), MAGIC)) {
            throw PackRefusal.NOT_A_PACK.exception();
        }
        long position = MAGIC.length;
        if (file.length() - position < PublisherKey.LENGTH + 4) {
            throw truncated();
        }
        PublisherKey publisher = new PublisherKey(file.read(position, PublisherKey.LENGTH));
        position += PublisherKey.LENGTH;
        int manifestLength = file.intAt(position);
        position += 4;
        if (manifestLength <= 0 || manifestLength > MAX_MANIFEST_BYTES) {
            throw PackRefusal.MANIFEST_SIZE.exception();
        }
        if (file.length() - position < manifestLength + 2L) {
            throw truncated();
        }
        byte[] manifestBytes = file.read(position, manifestLength);
        position += manifestLength;
        int signatureLength = file.unsignedShortAt(position);
        position += 2;
        if (signatureLength != SIGNATURE_BYTES) {
            throw PackRefusal.UNSIGNED.exception();
        }
        if (file.length() - position < signatureLength) {
            throw truncated();
        }
        byte[] signature = file.read(position, signatureLength);
        position += signatureLength;
        if (!publisher.verify(SIGNED.message(manifestBytes), signature)) {
            throw PackRefusal.BAD_SIGNATURE.exception();
        }
        Manifest manifest = ManifestReader.read(manifestBytes);
        if (!publisher.idHex().equals(manifest.publisherKeyId())) {
            throw PackRefusal.MANIFEST_KEY_MISMATCH.exception();
        }
        BundledDemo.refuseMisuse(publisher, manifest);
        return new Header(publisher, manifest, position);
    }

    /** Opens a pack, requires it to be signed by {@code trusted}, unexpired at {@code now}, and intact. */
    public static Pack read(byte[] file, PublisherKey trusted, Instant now) throws PackException {
        Signed signed = open(file);
        if (!signed.publisher().equals(trusted)) {
            throw PackRefusal.WRONG_PUBLISHER.exception("publisher", signed.publisher().fingerprint(), "trusted", trusted.fingerprint());
        }
        return verifyContent(signed, now);
    }

    /** Checks expiry, content length and hash of a pack whose publisher the caller has decided to trust. */
    public static Pack verifyContent(Signed signed, Instant now) throws PackException {
        Manifest manifest = signed.manifest();
        checkCurrent(manifest, signed.body().length, now);
        if (!Sha256.hex(signed.body()).equals(manifest.content().sha256())) {
            throw PackRefusal.CONTENT_HASH.exception();
        }
        Argon2PairScheme scheme = scheme(manifest);
        return counted(manifest, signed.publisher(), scheme, PackBody.decode(signed.body(), scheme.tokenLength()));
    }

    /**
     * Opens an installed pack without reading it whole (decision 0031): the file was verified whole at install, and
     * every chunk read now, header included, is checked against the chunk hashes kept then. The signature, the
     * trusted key, the id and sequence that were installed, expiry, length and the body's layout are checked again
     * (cheap); the content hash is not.
     */
    public static Pack readInstalled(Path file, String packId, long sequence, byte[] chunkHashes, PublisherKey trusted, Instant now)
            throws PackException {
        try {
            InstalledChunks chunks = InstalledChunks.open(file, packId, chunkHashes);
            Header header = header(chunks);
            Manifest manifest = header.manifest();
            // Another signed pack put in its place (an older version: a rollback) is not the pack that was installed.
            if (!header.publisher().equals(trusted) || !manifest.id().equals(packId) || manifest.sequence() != sequence) {
                throw PackRefusal.INSTALLED_PACK_CHANGED.exception("pack", packId);
            }
            checkCurrent(manifest, chunks.length() - header.bodyStart(), now);
            Argon2PairScheme scheme = scheme(manifest);
            return counted(manifest, header.publisher(), scheme, PackBody.locate(chunks.from(header.bodyStart()), scheme.tokenLength()));
        } catch (InstalledPackChangedException changed) {
            throw changed.refusal();
        } catch (ByteSource.OutsideSource | PackException structure) {
            if (structure instanceof PackException refused && refused.sentence().key().equals(PackRefusal.EXPIRED.messageKey())) {
                throw refused;
            }
            // Everything else passed these same checks at install: failing now means the file and its hashes were altered.
            throw new PackException(PackRefusal.INSTALLED_PACK_CHANGED.sentence("pack", packId), structure);
        }
    }

    /** Unexpired, with a body of the signed length. */
    private static void checkCurrent(Manifest manifest, long bodyLength, Instant now) throws PackException {
        if (manifest.expires() == null) {
            throw PackRefusal.MANIFEST_UNREADABLE.exception();
        }
        if (!now.isBefore(manifest.expires())) {
            throw PackRefusal.EXPIRED.exception("date", date(manifest.expires()));
        }
        if (manifest.content() == null || bodyLength != manifest.content().bytes()) {
            throw truncated();
        }
    }

    private static Pack counted(Manifest manifest, PublisherKey publisher, Argon2PairScheme scheme, PackBody body) throws PackException {
        if (body.recordCount() != manifest.recordCount() || body.index().size() != manifest.tokenCount()
                || body.photos().size() != manifest.photoCount()) {
            throw PackBody.damaged();
        }
        return new Pack(manifest, publisher, scheme, tokenTypes(manifest), body);
    }

    private static Argon2PairScheme scheme(Manifest manifest) throws PackException {
        if (!Normaliser.VERSION.equals(manifest.normalisation())) {
            throw PackRefusal.NORMALISATION_UNKNOWN.exception("normalisation", manifest.normalisation());
        }
        Argon2PairScheme scheme = scheme(manifest.scheme());
        tokenTypes(manifest);
        return scheme;
    }

    private static Set<TokenType> tokenTypes(Manifest manifest) throws PackException {
        Set<TokenType> types = new HashSet<>();
        for (String tag : manifest.tokenTypes().keySet()) {
            Optional<TokenType> type = TokenType.fromTag(tag);
            if (type.isEmpty()) {
                throw PackRefusal.TOKEN_TYPE_UNKNOWN.exception();
            }
            types.add(type.get());
        }
        return types;
    }

    private static Argon2PairScheme scheme(Manifest.Scheme scheme) throws PackException {
        if (scheme == null || !Argon2PairScheme.NAME.equals(scheme.name()) || !"argon2id".equals(scheme.kdf())
                || scheme.tokenBytes() != Argon2PairScheme.TOKEN_LENGTH) {
            throw PackRefusal.SCHEME_UNKNOWN.exception();
        }
        try {
            return new Argon2PairScheme(new KdfParameters(scheme.memoryKiB(), scheme.iterations(), scheme.parallelism()),
                    Base64.getDecoder().decode(scheme.salt()));
        } catch (IllegalArgumentException invalid) {
            throw PackRefusal.SCHEME_INVALID.exception();
        }
    }

    private static PackException truncated() {
        return PackRefusal.TRUNCATED.exception();
    }

    private static String date(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
