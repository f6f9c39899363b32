package org.exposurecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.exposurecheck.pack.ingest.SourceIssue;
import org.junit.jupiter.api.Test;

class IssueLocationsTest {
    private static final SourceIssue PHOTO = new SourceIssue("https://leak.example/people/chan-tai-man",
            "its photo https://leak.example/img/chan-tai-man.jpg is not in the archive as an image; photo skipped");

    @Test
    void addressesAreNumberedAndCutFromMessagesUnlessAskedFor() {
        IssueLocations hidden = new IssueLocations(false);

        assertThat(hidden.location(PHOTO)).isEqualTo("page 1 (address hidden; --report-urls shows it)");
        assertThat(hidden.message(PHOTO)).isEqualTo("its photo (address hidden) is not in the archive as an image; photo skipped");
        assertThat(hidden.location(new SourceIssue("people/wong-ka-yan.html (record 2)", "x"))).startsWith("page 2 ");
        assertThat(hidden.location(PHOTO)).as("the same page keeps its number").startsWith("page 1 ");
        for (String plain : new String[] {"line 12", "post 345", "post (without id)", "result.json line 3", "archive byte 1024"}) {
            assertThat(hidden.location(new SourceIssue(plain, "x"))).isEqualTo(plain);
        }
        IssueLocations shown = new IssueLocations(true);
        assertThat(shown.location(PHOTO)).isEqualTo(PHOTO.location());
        assertThat(shown.message(PHOTO)).isEqualTo(PHOTO.message());
    }
}
