package org.exposurecheck.pack;

import org.exposurecheck.base.Sha256;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.EnumMap;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normalised;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.token.Argon2PairScheme;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.TokenInput;
import org.exposurecheck.token.TokenType;

/**
 * <b>Benchmark only.</b> Writes a signed pack whose tokens are random bytes, not derived from anyone, so that
 * `bench` can measure lookups in an installed pack of ten million tokens, which no machine here could build with
 * real Argon2id (decision 0031). It is labelled for what it is: a demo pack (fictional data), its id starting with
 * {@code demo-bench-}, its title saying "synthetic random tokens", expiring a day after it is made. It declares the
 * bundled demo pack's token types and record shapes. A few real
 * tokens of one fictional profile are mixed in, so a check finds something. No command but {@code bench} calls
 * this, and {@code bench} writes the pack to a temporary folder it deletes.
 */
public final class SyntheticBenchPack {
    private static final int TOKENS_PER_RECORD = 10;

    private SyntheticBenchPack() {
    }

    /**
     * Writes the pack to {@code out}: {@code randomTokens} random tokens plus {@code realTokens} (pointing to the
     * first record), one record per {@value #TOKENS_PER_RECORD} tokens, under {@code scheme} and signed by {@code key}.
     */
    public static Manifest write(Path out, String idSuffix, int randomTokens, List<byte[]> realTokens, Argon2PairScheme scheme,
                                 AuditPolicy policy, SigningKey key, Instant now, Random random) throws IOException, PackException {
        Manifest demo = BundledDemo.pack(now).manifest();
        int tokenCount = Math.addExact(randomTokens, realTokens.size());
        int recordCount = Math.max(1, tokenCount / TOKENS_PER_RECORD);
        Path body = out.resolveSibling(out.getFileName() + ".body");
        long bodyBytes;
        try (PackBodyWriter writer = new PackBodyWriter(body, List.of("synthetic"), recordCount)) {
            byte[] fields = ByteBuffer.allocate(20).putInt(0).putInt(PackBody.NONE).putInt(PackBody.NONE).putInt(PackBody.NONE)
                    .putInt(PackBody.typeBits(java.util.EnumSet.of(IdentifierType.NAME, IdentifierType.HKID, IdentifierType.PHONE,
                            IdentifierType.ADDRESS, IdentifierType.DOB))).array();
            for (int i = 0; i < recordCount; i++) {
                writer.record(i, random.nextLong(), fields);
            }
            writer.section(0);
            writer.section(tokenCount);
            writeTokens(writer, randomTokens, sorted(realTokens), recordCount, random);
            bodyBytes = writer.finish();
        }
        try {
            List<String> tags = List.copyOf(demo.tokenTypes().keySet());
            Map<String, Integer> types = new LinkedHashMap<>();
            for (int i = 0; i < tags.size(); i++) {
                types.put(tags.get(i), tokenCount / tags.size() + (i < tokenCount % tags.size() ? 1 : 0));
            }
            // The demo pack's record shapes, scaled to this pack's records: a mix a real leak has, which passes the audit.
            List<Manifest.Shape> shapes = new ArrayList<>();
            int demoShaped = demo.recordShapes().stream().mapToInt(Manifest.Shape::records).sum();
            for (Manifest.Shape shape : demo.recordShapes()) {
                shapes.add(new Manifest.Shape(Math.max(1, (int) ((long) shape.records() * recordCount / demoShaped / 2)), shape.values(), shape.tokens()));
            }
            Manifest manifest = new Manifest(Manifest.FORMAT, "demo-bench-" + idSuffix, "Synthetic random tokens (benchmark only)", "synthetic",
                    key.publicKey().idHex(), 1, now, now.plus(Duration.ofDays(1)), true, Normaliser.VERSION,
                    new Manifest.Scheme(scheme.name(), "argon2id", scheme.parameters().memoryKiB(), scheme.parameters().iterations(),
                            scheme.parameters().parallelism(), Base64.getEncoder().encodeToString(scheme.salt()), scheme.tokenLength()),
                    new Manifest.Policy(policy.minGpuYears()), recordCount, tokenCount, 0, types, List.of(),
                    new Manifest.Content(Sha256.hex(body), bodyBytes), shapes);
            PackFile.write(manifest, body, key, out);
            return manifest;
        } finally {
            Files.deleteIfExists(body);
        }
    }

    /**
     * Random tokens in ascending order without sorting them: token i starts with a random 64-bit value in the i-th
     * of {@code count} equal slices of the 64-bit range; the real tokens are merged in at their places.
     */
    private static void writeTokens(PackBodyWriter writer, int count, List<byte[]> real, int recordCount, Random random) throws IOException {
        long slice = Long.divideUnsigned(-1L, Math.max(1, count));
        ByteBuffer token = ByteBuffer.allocate(Argon2PairScheme.TOKEN_LENGTH);
        int nextReal = 0;
        for (int i = 0; i < count; i++) {
            token.clear();
            token.putLong(i * slice + Long.remainderUnsigned(random.nextLong(), slice)).putLong(random.nextLong());
            byte[] bytes = token.array();
            while (nextReal < real.size() && Arrays.compareUnsigned(real.get(nextReal), bytes) <= 0) {
                writer.entry(real.get(nextReal++), 0, Argon2PairScheme.TOKEN_LENGTH);
                writer.entryInt(0);
            }
            writer.entry(bytes, 0, bytes.length);
            writer.entryInt(random.nextInt(recordCount));
        }
        while (nextReal < real.size()) {
            writer.entry(real.get(nextReal++), 0, Argon2PairScheme.TOKEN_LENGTH);
            writer.entryInt(0);
        }
    }

    private static List<byte[]> sorted(List<byte[]> tokens) {
        List<byte[]> sorted = new ArrayList<>(tokens);
        sorted.sort(Arrays::compareUnsigned);
        return sorted;
    }

    /**
     * The token inputs a record of this fictional person would hold in a synthetic pack: one per token type, from the
     * first canonical form of each kind (a check derives these among others).
     */
    public static List<TokenInput> tokenInputs(List<Identifier> identifiers, Normaliser normaliser, Instant now) throws PackException {
        Map<FormKind, String> first = new EnumMap<>(FormKind.class);
        for (Identifier identifier : identifiers) {
            Normalised normalised = normaliser.normalise(identifier);
            if (normalised.isValid()) {
                normalised.forms().forEach(form -> first.putIfAbsent(form.kind(), form.value()));
            }
        }
        List<TokenInput> inputs = new ArrayList<>();
        for (TokenType type : tokenTypes(now)) {
            if (first.keySet().containsAll(type.kinds())) {
                inputs.add(TokenInput.of(type.kinds().stream().map(kind -> new CanonicalForm(kind, first.get(kind))).toList()));
            }
        }
        return inputs;
    }

    /** The token types a synthetic pack lists: those of the bundled demo pack, so a check derives what it would for a real leak. */
    public static List<TokenType> tokenTypes(Instant now) throws PackException {
        return BundledDemo.pack(now).manifest().tokenTypes().keySet().stream().map(tag -> TokenType.fromTag(tag).orElseThrow()).toList();
    }
}
