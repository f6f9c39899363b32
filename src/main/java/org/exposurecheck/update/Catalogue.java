package org.exposurecheck.update;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The signed list of a publisher's current packs that a mirror serves (docs/publishing.md). Pack files
 * are immutable and named per sequence, so the catalogue is the only file on a mirror that changes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Catalogue(
        @JsonProperty("format") String format,
        @JsonProperty("publisher_key_id") String publisherKeyId,
        @JsonProperty("sequence") long sequence,
        @JsonProperty("created") Instant created,
        @JsonProperty("expires") Instant expires,
        @JsonProperty("packs") List<Entry> packs) {

    public static final String FORMAT = "exposure-check-catalogue/1";

    /** One pack as published: enough to decide whether to fetch it, and to check every byte that arrives. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(
            @JsonProperty("id") String id,
            @JsonProperty("title") String title,
            @JsonProperty("sequence") long sequence,
            @JsonProperty("bytes") long bytes,
            @JsonProperty("sha256") String sha256,
            @JsonProperty("file") String file,
            @JsonProperty("expires") Instant expires,
            @JsonProperty("demo") boolean demo) {
    }
}
