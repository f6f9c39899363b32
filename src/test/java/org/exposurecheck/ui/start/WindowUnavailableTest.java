package org.exposurecheck.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The failures JavaFX's launcher throws when it cannot open a window, as it throws them (messages of JavaFX 21). */
class WindowUnavailableTest {
    @Test
    void noGtkThree() {
        assertThat(WindowUnavailable.explain(new UnsupportedOperationException("Unable to load glass GTK library.")))
                .contains(WindowUnavailable.GTK_MISSING);
    }

    @Test
    void glassCannotLinkItsLibraries() {
        assertThat(WindowUnavailable.explain(new RuntimeException("Application launch error", new UnsatisfiedLinkError(
                "/home/x/.openjfx/cache/21.0.11+4/amd64/libglass.so: libX11.so.6: cannot open shared object file"))))
                .contains(WindowUnavailable.GTK_MISSING);
    }

    @Test
    void noDisplay() {
        assertThat(WindowUnavailable.explain(new UnsupportedOperationException("Unable to open DISPLAY")))
                .contains(WindowUnavailable.NO_DISPLAY);
    }

    @Test
    void anyOtherFailureIsNotExplainedAway() {
        assertThat(WindowUnavailable.explain(new UnsupportedOperationException("Internal Error"))).isEmpty();
        assertThat(WindowUnavailable.explain(new IllegalStateException("Unable to load glass GTK library."))).isEmpty();
        assertThat(WindowUnavailable.explain(new UnsatisfiedLinkError("no sqlitejdbc in java.library.path"))).isEmpty();
    }
}
