package org.exposurecheck.update;

/** Receives what an update is doing, for a progress bar; called on the updating thread. */
public interface UpdateProgress {
    UpdateProgress NONE = new UpdateProgress() {
        @Override
        public void step(String what) {
        }

        @Override
        public void transferred(String packId, long bytesDone, long bytesTotal) {
        }
    };

    /** A new step begins, e.g. "Fetching the catalogue from https://…/". */
    void step(String what);

    /** Bytes of a pack file on disk so far, including those kept from an earlier, interrupted transfer. */
    void transferred(String packId, long bytesDone, long bytesTotal);
}
