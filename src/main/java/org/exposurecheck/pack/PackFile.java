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
        if (file.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
            throw PackRefusal.NOT_A_PACK.exception();
        }
        ByteBuffer in = ByteBuffer.wrap(file, MAGIC.length, file.length - MAGIC.length);
        if (in.remaining() < PublisherKey.LENGTH + 4) {
            throw truncated();
        }
        byte[] keyBytes = new byte[PublisherKey.LENGTH];
        in.get(keyBytes);
        PublisherKey publisher = new PublisherKey(keyBytes);
        int manifestLength = in.getInt();
        if (manifestLength <= 0 || manifestLength > MAX_MANIFEST_BYTES) {
            throw PackRefusal.MANIFEST_SIZE.exception();
        }
        if (in.remaining() < manifestLength + 2) {
            throw truncated();
        }
        byte[] manifestBytes = new byte[manifestLength];
        in.get(manifestBytes);
        int signatureLength = Short.toUnsignedInt(in.getShort());
        if (signatureLength != SIGNATURE_BYTES) {
            throw PackRefusal.UNSIGNED.exception();
        }
        if (in.remaining() < signatureLength) {
            throw truncated();
        }
        byte[] signature = new byte[signatureLength];
        in.get(signature);
        if (!publisher.verify(SIGNED.message(manifestBytes), signature)) {
            throw PackRefusal.BAD_SIGNATURE.exception();
        }
        Manifest manifest = ManifestReader.read(manifestBytes);
        if (!publisher.idHex().equals(manifest.publisherKeyId())) {
            throw PackRefusal.MANIFEST_KEY_MISMATCH.exception();
        }
        BundledDemo.refuseMisuse(publisher, manifest);
        byte[] body = Arrays.copyOfRange(file, in.position(), file.length);
        return new Signed(publisher, manifest, body);
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
        if (manifest.expires() == null) {
            throw PackRefusal.MANIFEST_UNREADABLE.exception();
        }
        if (!now.isBefore(manifest.expires())) {
            throw PackRefusal.EXPIRED.exception("date", date(manifest.expires()));
        }
        if (manifest.content() == null || signed.body().length != manifest.content().bytes()) {
            throw truncated();
        }
        if (!Sha256.hex(signed.body()).equals(manifest.content().sha256())) {
            throw PackRefusal.CONTENT_HASH.exception();
        }
        if (!Normaliser.VERSION.equals(manifest.normalisation())) {
            throw PackRefusal.NORMALISATION_UNKNOWN.exception("normalisation", manifest.normalisation());
        }
        Argon2PairScheme scheme = scheme(manifest.scheme());
        Set<TokenType> types = new HashSet<>();
        for (String tag : manifest.tokenTypes().keySet()) {
            Optional<TokenType> type = TokenType.fromTag(tag);
            if (type.isEmpty()) {
                throw PackRefusal.TOKEN_TYPE_UNKNOWN.exception();
            }
            types.add(type.get());
        }
        PackBody body = PackBody.decode(signed.body(), scheme.tokenLength());
        if (body.records().size() != manifest.recordCount() || body.index().size() != manifest.tokenCount()
                || body.photos().size() != manifest.photoCount()) {
            throw PackBody.damaged();
        }
        return new Pack(manifest, signed.publisher(), scheme, types, body);
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
