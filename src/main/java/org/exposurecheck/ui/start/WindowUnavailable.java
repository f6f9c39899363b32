package org.exposurecheck.ui.start;

import java.util.Optional;

/**
 * Why JavaFX could not open a window at all, read from what its launcher throws, so the person gets one
 * sentence saying what to install instead of a stack trace. A fresh Linux machine often lacks GTK 3; a
 * server or a remote shell has no display.
 */
public enum WindowUnavailable {
    /** "Unable to load glass GTK library.", or a library glass links against (libX11…) is missing. */
    GTK_MISSING("window.unavailable.gtk"),
    /** "Unable to open DISPLAY". */
    NO_DISPLAY("window.unavailable.display");

    private final String messageKey;

    WindowUnavailable(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The key of the sentence in the {@code messages} bundle. */
    public String messageKey() {
        return messageKey;
    }

    /** The reason, if {@code failure} (or a cause of it) is one of JavaFX's ways of saying it cannot open a window here. */
    public static Optional<WindowUnavailable> explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof UnsupportedOperationException && message.contains("Unable to load glass GTK library")) {
                return Optional.of(GTK_MISSING);
            }
            if (cause instanceof UnsupportedOperationException && message.contains("Unable to open DISPLAY")) {
                return Optional.of(NO_DISPLAY);
            }
            // glass's own library links X11; GTK 3 brings it in.
            if (cause instanceof UnsatisfiedLinkError && message.contains("glass")) {
                return Optional.of(GTK_MISSING);
            }
        }
        return Optional.empty();
    }
}
