package org.exposurecheck.ui.plantedshell;

import org.exposurecheck.ui.plantedscreen.NeedsTheShell;

/** A planted violation for ArchitectureTest: the shell's package naming a screen of its own package's user. */
public final class NeedsTheScreen {
    NeedsTheShell screen;
}
