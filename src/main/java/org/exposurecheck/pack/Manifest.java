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
        @JsonProperty("record_shapes") List<Shape> recordShapes) {

    public static final String FORMAT = "exposure-check-pack/1";

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

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Content(@JsonProperty("sha256") String sha256, @JsonProperty("bytes") long bytes) {
    }
}
