package org.exposurecheck.ui.plantedscreen;

import org.exposurecheck.ui.plantedshell.NeedsTheScreen;

/** A planted violation for ArchitectureTest: a screen's package needing the shell's, which needs it back. */
public final class NeedsTheShell {
    NeedsTheScreen shell;
}
