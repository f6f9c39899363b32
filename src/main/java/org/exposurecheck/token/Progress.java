package org.exposurecheck.token;

/** Receives progress of a long task; called from worker threads. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> { };

    void update(long done, long total);
}
