package org.exposurecheck.ui.planted;

import java.nio.file.Path;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.store.IndexRebuild;

/** A planted violation for ArchitectureTest: a screen opening the store's database itself, not through an app service. */
public final class RebuildsTheIndex {
    private RebuildsTheIndex() {
    }

    static IndexRebuild prepare(Path dataDir) throws ExplainedException {
        return IndexRebuild.prepare(dataDir);
    }
}
