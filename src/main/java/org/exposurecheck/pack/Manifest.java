package org.exposurecheck.pack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The signed description of a pack (docs/pack-format.md). Everything a reader needs to decide whether to
 * trust and use the pack is here; the body is bound to it by {@link Content#sha256()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(
        @JsonProperty("format") String format,
        @JsonProperty("id") String id,
        @JsonProperty("title") String title,
        @JsonProperty("source") String source,
        @JsonProperty("publisher_key_id") String publisherKeyId,
        @JsonProperty("sequence") long sequence,
        @JsonProperty("created") Instant created,
        @JsonProperty("expires") Instant expires,
        @JsonProperty("demo") boolean demo,
        @JsonProperty("normalisation") String normalisation,
        @JsonProperty("scheme") Scheme scheme,
        @JsonProperty("policy") Policy policy,
        @JsonProperty("record_count") int recordCount,
        @JsonProperty("token_count") int tokenCount,
        @JsonProperty("photo_count") int photoCount,
        @JsonProperty("token_types") Map<String, Integer> tokenTypes,
        @JsonProperty("dropped_token_types") List<String> droppedTokenTypes,
        @JsonProperty("content") Content content,
        @JsonProperty("record_shapes") List<Shape> recordShapes,
        @JsonProperty("keyed") @JsonInclude(JsonInclude.Include.NON_NULL) Keyed keyed) {

    public static final String FORMAT = "exposure-check-pack/1";

    /** A pack without a keyed tier, as every pack was before it (docs/keyed-tier.md). */
    public Manifest(String format, String id, String title, String source, String publisherKeyId, long sequence, Instant created,
                    Instant expires, boolean demo, String normalisation, Scheme scheme, Policy policy, int recordCount, int tokenCount,
                    int photoCount, Map<String, Integer> tokenTypes, List<String> droppedTokenTypes, Content content,
                    List<Shape> recordShapes) {
        this(format, id, title, source, publisherKeyId, sequence, created, expires, demo, normalisation, scheme, policy, recordCount,
                tokenCount, photoCount, tokenTypes, droppedTokenTypes, content, recordShapes, null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scheme(
            @JsonProperty("name") String name,
            @JsonProperty("kdf") String kdf,
            @JsonProperty("memory_kib") int memoryKiB,
            @JsonProperty("iterations") int iterations,
            @JsonProperty("parallelism") int parallelism,
            @JsonProperty("salt") String salt,
            @JsonProperty("token_bytes") int tokenBytes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Policy(@JsonProperty("min_gpu_years") double minGpuYears) {
    }

    /**
     * One shape of record (docs/pack-format.md): its values by kind, and which of them each token joins, so a
     * client can repeat the chain-aware audit without seeing any record.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shape(@JsonProperty("records") int records, @JsonProperty("values") List<ShapeValue> values,
                        @JsonProperty("tokens") List<List<Integer>> tokens) {
    }

    /** A value of a shape: its kind, and for a derived e-mail address or handle the guesses per name that find it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ShapeValue(@JsonProperty("kind") String kind, @JsonProperty("derived_guesses") Double derivedGuesses) {
    }

    /**
     * The keyed tier (docs/keyed-tier.md): tokens of these types are Argon2id (at these settings, with this salt) of
     * the VOPRF output of the publisher's key, whose public half is {@code public_key}; they can only be computed
     * through the service at {@code service_url}, which the publisher says allows at most {@code guesses_per_day}
     * evaluations a day in all.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Keyed(@JsonProperty("scheme") String scheme, @JsonProperty("service_url") String serviceUrl,
                        @JsonProperty("public_key") String publicKey, @JsonProperty("kdf") String kdf,
                        @JsonProperty("memory_kib") int memoryKiB, @JsonProperty("iterations") int iterations,
                        @JsonProperty("parallelism") int parallelism, @JsonProperty("salt") String salt,
                        @JsonProperty("guesses_per_day") long guessesPerDay,
                        @JsonProperty("token_types") Map<String, Integer> tokenTypes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Content(@JsonProperty("sha256") String sha256, @JsonProperty("bytes") long bytes) {
    }
}
