package org.exposurecheck.pack;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.KdfCeilings;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.token.PackAudit;
import org.exposurecheck.token.RecordShape;
import org.exposurecheck.token.TokenType;

/**
 * The client's own judgement of a pack (docs/decisions/0013-client-judges-packs.md): it repeats the audit from
 * the signed manifest alone (KDF settings and record shapes) with the client's model and minimum, and refuses,
 * in one sentence, a pack whose KDF settings exceed a ceiling or whose cheapest token type or chain costs less
 * than the minimum. The policy a pack declares is never consulted.
 */
public final class PackJudge {
    private PackJudge() {
    }

    /** The audit of a pack that passes; throws the refusal of one that does not. */
    public static PackAudit judge(Manifest manifest, AuditPolicy minimum) throws PackException {
        PackAudit audit = audit(manifest, minimum);
        Optional<PackAudit.TypeCost> cheapest = audit.cheapestType();
        if (cheapest.isPresent() && !audit.allowed(cheapest.get())) {
            throw JudgementRefusal.TYPE_BELOW_MINIMUM.exception("type", cheapest.get().type().tag(),
                    "years", years(cheapest.get().gpuYears()), "minimum", years(minimum.minGpuYears()));
        }
        Optional<PackAudit.ChainCost> chain = audit.cheapestChain();
        if (!audit.passes() && chain.isPresent()) {
            throw JudgementRefusal.CHAIN_BELOW_MINIMUM.exception("entry", chain.get().entry().tag(), "step", chain.get().step().tag(),
                    "revealed", chain.get().revealed().tag(), "years", years(chain.get().gpuYears()), "minimum", years(minimum.minGpuYears()));
        }
        return audit;
    }

    /**
     * The audit of a pack whose KDF and description can be read, whether or not it passes ({@code pack audit}
     * prints it); throws the refusal of a pack that cannot be audited or whose KDF settings exceed a ceiling.
     */
    public static PackAudit audit(Manifest manifest, AuditPolicy minimum) throws PackException {
        KdfParameters kdf = kdf(manifest);
        Set<TokenType> types = tokenTypes(manifest);
        Optional<KdfCeilings.Exceeded> exceeded = KdfCeilings.check(kdf, types);
        if (exceeded.isPresent()) {
            throw kdfRefusal(exceeded.get(), kdf, KdfCeilings.estimatedCheckSeconds(kdf, types));
        }
        Optional<KeyedTier> keyed = KeyedTier.of(manifest);
        if (keyed.isPresent()) {
            judgeKeyed(manifest, keyed.get(), KdfCeilings.estimatedCheckSeconds(kdf, types));
        }
        if (manifest.recordShapes() == null) {
            throw JudgementRefusal.SHAPES_MISSING.exception();
        }
        List<PackAudit.ShapeCount> shapes = ManifestShapes.fromManifest(manifest.recordShapes())
                .orElseThrow(JudgementRefusal.SHAPES_INCONSISTENT::exception);
        checkAgainstContents(manifest, types, shapes);
        return PackAudit.of(kdf, minimum, shapes);
    }

    /**
     * Keyed types are not priced in GPU-years (nobody can guess them offline), but a keyed tier must still be one a
     * person's computer can check: its Argon2id settings within the ceilings, the whole check (offline and keyed
     * tokens) within the time allowed, and no more keyed tokens than the pack holds.
     */
    private static void judgeKeyed(Manifest manifest, KeyedTier keyed, double offlineSeconds) throws PackException {
        KdfParameters kdf = keyed.kdf();
        Optional<KdfCeilings.Exceeded> exceeded = KdfCeilings.check(kdf, keyed.tokenTypes());
        double seconds = offlineSeconds + KdfCeilings.estimatedCheckSeconds(kdf, keyed.tokenTypes());
        if (exceeded.isEmpty() && seconds > KdfCeilings.MAX_CHECK_SECONDS) {
            exceeded = Optional.of(KdfCeilings.Exceeded.CHECK_TIME);
        }
        if (exceeded.isPresent()) {
            throw kdfRefusal(exceeded.get(), kdf, seconds);
        }
        long keyedTokens = keyed.tokenCounts().values().stream().mapToLong(Integer::longValue).sum();
        if (keyedTokens > manifest.tokenCount()) {
            throw JudgementRefusal.SHAPES_INCONSISTENT.exception();
        }
    }

    private static PackException kdfRefusal(KdfCeilings.Exceeded exceeded, KdfParameters kdf, double checkSeconds) {
        return switch (exceeded) {
            case MEMORY -> JudgementRefusal.KDF_MEMORY.exception("memory", kdf.memoryKiB() / 1024, "ceiling",
                    KdfCeilings.MAX_MEMORY_KIB / 1024);
            case ITERATIONS -> JudgementRefusal.KDF_PASSES.exception("passes", kdf.iterations(), "ceiling", KdfCeilings.MAX_ITERATIONS);
            case CHECK_TIME -> JudgementRefusal.KDF_SLOW.exception("minutes", Math.round(Math.ceil(checkSeconds / 60)),
                    "ceiling", Math.round(KdfCeilings.MAX_CHECK_SECONDS / 60));
        };
    }

    private static KdfParameters kdf(Manifest manifest) throws PackException {
        Manifest.Scheme scheme = manifest.scheme();
        if (scheme == null) {
            throw PackRefusal.SCHEME_UNKNOWN.exception();
        }
        try {
            return new KdfParameters(scheme.memoryKiB(), scheme.iterations(), scheme.parallelism());
        } catch (IllegalArgumentException invalid) {
            throw PackRefusal.SCHEME_INVALID.exception();
        }
    }

    private static Set<TokenType> tokenTypes(Manifest manifest) throws PackException {
        Set<TokenType> types = new HashSet<>();
        if (manifest.tokenTypes() == null) {
            throw JudgementRefusal.SHAPES_INCONSISTENT.exception();
        }
        for (String tag : manifest.tokenTypes().keySet()) {
            types.add(TokenType.fromTag(tag).orElseThrow(PackRefusal.TOKEN_TYPE_UNKNOWN::exception));
        }
        return types;
    }

    /** The shapes must account for every token type the pack lists, hold no other, and describe no more records than it has. */
    private static void checkAgainstContents(Manifest manifest, Set<TokenType> types, List<PackAudit.ShapeCount> shapes)
            throws PackException {
        if (shapes.size() > PackAudit.MAX_SHAPES) {
            throw JudgementRefusal.SHAPES_INCONSISTENT.exception();
        }
        Set<TokenType> described = new HashSet<>();
        long records = 0;
        for (PackAudit.ShapeCount counted : shapes) {
            RecordShape shape = counted.shape();
            if (shape.values().size() > RecordShape.MAX_VALUES || shape.tokens().size() > RecordShape.MAX_TOKENS) {
                throw JudgementRefusal.SHAPES_INCONSISTENT.exception();
            }
            shape.tokens().forEach(link -> described.add(shape.type(link)));
            records += counted.records();
        }
        if (!described.equals(types) || records > manifest.recordCount()) {
            throw JudgementRefusal.SHAPES_INCONSISTENT.exception();
        }
    }

    /** GPU-years for a sentence: two significant digits below 100, whole years above. */
    static String years(double years) {
        if (years >= 100) {
            return String.format(Locale.ROOT, "%,.0f", years);
        }
        return new java.math.BigDecimal(years).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
