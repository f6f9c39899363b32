package org.exposurecheck.ui;

import org.exposurecheck.ui.plantedscreen.NeedsTheStart;

/** A planted violation for ArchitectureTest: the start (the package {@code ui} itself) opening a screen that names it back. */
public final class PlantedStart {
    NeedsTheStart screen;
}
