package org.exposurecheck.demo;

import java.util.List;

/**
 * A person who appears in the leak: their true details, their record ids, how each record prints them,
 * and the seed of their face ({@link SyntheticFace}) for the records that show a headshot.
 */
record LeakedPerson(FictionalPerson person, List<String> recordIds, List<Printout> printouts, long face) {
    LeakedPerson {
        recordIds = List.copyOf(recordIds);
        printouts = List.copyOf(printouts);
    }
}
