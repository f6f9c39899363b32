package org.exposurecheck.base;

import java.util.concurrent.locks.LockSupport;
import org.slf4j.LoggerFactory;

/**
 * A test seam and nothing else. The fault tests run the real command line in a child JVM started with
 * {@code -Dexposurecheck.crash-point=NAME}; when that run reaches the point of that name it logs a warning
 * ending in {@code crash point NAME} (on stderr) and waits, so the test can kill it (SIGKILL) at exactly that moment and
 * check what a crash there leaves behind. Without the property, which nothing else sets, it does nothing.
 * The points: {@code atomic-write.part-written}, {@code install.file-in-place}, {@code install.committed},
 * {@code build.part-written}.
 */
public final class CrashPoint {
    public static final String PROPERTY = "exposurecheck.crash-point";

    private CrashPoint() {
    }

    public static void reached(String name) {
        if (!name.equals(System.getProperty(PROPERTY))) {
            return;
        }
        LoggerFactory.getLogger(CrashPoint.class).warn("crash point {}", name);
        while (true) {
            LockSupport.park();
        }
    }
}
