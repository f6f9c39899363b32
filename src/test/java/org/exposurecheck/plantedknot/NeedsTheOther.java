package org.exposurecheck.plantedknot;

import org.exposurecheck.plantedtie.NeedsTheOne;

/** A planted violation for ArchitectureTest: one half of a package cycle. */
public final class NeedsTheOther {
    NeedsTheOne other;
}
