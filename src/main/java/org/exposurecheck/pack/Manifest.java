package org.exposurecheck.pack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
        @JsonProperty("content") Content content) {

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

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Content(@JsonProperty("sha256") String sha256, @JsonProperty("bytes") long bytes) {
    }
}
