package org.exposurecheck.cli;

import java.io.PrintWriter;
import org.exposurecheck.update.UpdateProgress;

/** Shows an update's steps and byte counts on stderr, when stderr is a terminal; scripts and tests get clean output. */
final class UpdateProgressText implements UpdateProgress, AutoCloseable {
    private final PrintWriter err;
    private final boolean enabled = System.console() != null;
    private ProgressLine bytes;
    private String bytesOf;

    UpdateProgressText(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void step(String what) {
        closeBytes();
        if (enabled) {
            err.println(what + " …");
            err.flush();
        }
    }

    @Override
    public void transferred(String packId, long bytesDone, long bytesTotal) {
        if (!packId.equals(bytesOf)) {
            closeBytes();
            bytes = new ProgressLine(err, "  " + packId + " bytes");
            bytesOf = packId;
        }
        bytes.update(bytesDone, bytesTotal);
    }

    private void closeBytes() {
        if (bytes != null) {
            bytes.close();
            bytes = null;
            bytesOf = null;
        }
    }

    @Override
    public void close() {
        closeBytes();
    }
}
