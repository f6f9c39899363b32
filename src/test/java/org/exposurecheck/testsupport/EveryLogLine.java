package org.exposurecheck.testsupport;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Every line logged during a test, at every level, for privacy scans ({@code @RegisterExtension}); the root logger's
 * level is put back afterwards.
 */
public final class EveryLogLine implements BeforeEachCallback, AfterEachCallback {
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level previousLevel;

    @Override
    public void beforeEach(ExtensionContext context) {
        previousLevel = root.getLevel();
        root.setLevel(Level.ALL);
        lines.start();
        root.addAppender(lines);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        root.detachAppender(lines);
        root.setLevel(previousLevel);
    }

    /** The lines so far, formatted, one a line. */
    public String text() {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n"));
    }

    public boolean isEmpty() {
        return lines.list.isEmpty();
    }
}
