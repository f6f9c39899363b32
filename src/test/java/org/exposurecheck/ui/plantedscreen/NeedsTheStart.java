package org.exposurecheck.ui.plantedscreen;

import org.exposurecheck.ui.PlantedStart;

/** A planted violation for ArchitectureTest: a screen's package naming the start, which opens it. */
public final class NeedsTheStart {
    PlantedStart start;
}
