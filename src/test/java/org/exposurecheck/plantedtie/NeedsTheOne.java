package org.exposurecheck.plantedtie;

import org.exposurecheck.plantedknot.NeedsTheOther;

/** A planted violation for ArchitectureTest: the other half of a package cycle. */
public final class NeedsTheOne {
    NeedsTheOther one;
}
