package org.exposurecheck.pack;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.token.KeyedPairScheme;
import org.exposurecheck.token.PairingRules;
import org.exposurecheck.token.TokenType;
import org.exposurecheck.token.keyed.InvalidElementException;
import org.exposurecheck.token.keyed.VoprfPublicKey;

/**
 * A pack's keyed tier as a client uses it (docs/keyed-tier.md): the service to ask, the key its answers must be
 * proven against, the scheme that turns an answer into a token, and which pair types the pack holds as keyed
 * tokens. Read from a manifest that {@link ManifestReader} has checked.
 */
public final class KeyedTier {
    /** Argon2id's own minimum; the keyed stage may be light, since without the key nobody can reach it. */
    static final int MIN_MEMORY_KIB = 8;

    private final String serviceUrl;
    private final KeyedPairScheme scheme;
    private final long guessesPerDay;
    private final Map<TokenType, Integer> tokenCounts;

    private KeyedTier(String serviceUrl, KeyedPairScheme scheme, long guessesPerDay, Map<TokenType, Integer> tokenCounts) {
        this.serviceUrl = serviceUrl;
        this.scheme = scheme;
        this.guessesPerDay = guessesPerDay;
        this.tokenCounts = Collections.unmodifiableMap(new LinkedHashMap<>(tokenCounts));
    }

    /** The keyed tier a manifest declares, if any; throws for a section {@link ManifestReader} would not have let through. */
    public static Optional<KeyedTier> of(Manifest manifest) {
        Manifest.Keyed keyed = manifest.keyed();
        if (keyed == null) {
            return Optional.empty();
        }
        try {
            VoprfPublicKey key = VoprfPublicKey.fromEncoded(Base64.getDecoder().decode(keyed.publicKey()));
            KeyedPairScheme scheme = new KeyedPairScheme(key, new KdfParameters(keyed.memoryKiB(), keyed.iterations(), keyed.parallelism()),
                    Base64.getDecoder().decode(keyed.salt()));
            Map<TokenType, Integer> counts = new LinkedHashMap<>();
            keyed.tokenTypes().forEach((tag, count) -> counts.put(TokenType.fromTag(tag).orElseThrow(), count));
            return Optional.of(new KeyedTier(keyed.serviceUrl(), scheme, keyed.guessesPerDay(), counts));
        } catch (InvalidElementException | RuntimeException unchecked) {
            throw new IllegalArgumentException("the manifest's keyed section was not checked", unchecked);
        }
    }

    /** Whether a tag names a type a keyed tier may hold: a pair the pairing rules allow, never a single identifier. */
    static boolean isKeyedType(String tag) {
        return TokenType.fromTag(tag).filter(type -> type.isPair() && PairingRules.mayPair(type.kinds().get(0), type.kinds().get(1)))
                .isPresent();
    }

    /** The service's base address as the pack names it. */
    public String serviceUrl() {
        return serviceUrl;
    }

    public VoprfPublicKey serviceKey() {
        return scheme.serviceKey();
    }

    public KeyedPairScheme scheme() {
        return scheme;
    }

    public KdfParameters kdf() {
        return scheme.parameters();
    }

    /** The most evaluations a day the publisher says the service allows in all: what bounds someone guessing online. */
    public long guessesPerDay() {
        return guessesPerDay;
    }

    public Set<TokenType> tokenTypes() {
        return tokenCounts.keySet();
    }

    /** Keyed tokens per type. */
    public Map<TokenType, Integer> tokenCounts() {
        return tokenCounts;
    }

    @Override
    public String toString() {
        return "KeyedTier[" + serviceUrl + ", " + scheme + ", " + tokenCounts.keySet() + "]";
    }
}
