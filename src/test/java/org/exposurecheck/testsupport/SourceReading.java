package org.exposurecheck.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.ingest.RecordSource;

/** The property every source format's harness checks (docs/fuzzing.md): records, reported issues, or one sentence. */
public final class SourceReading {
    private SourceReading() {
    }

    public static void readOrRefuse(RecordSource source) {
        try {
            source.read(record -> assertThat(record.location()).isNotBlank(), issue -> assertThat(issue.message()).isNotBlank());
        } catch (ExplainedException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
