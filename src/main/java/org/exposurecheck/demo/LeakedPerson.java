package org.exposurecheck.demo;

import java.util.List;

/** A person who appears in the leak: their true details, their record ids and how each record prints them. */
record LeakedPerson(FictionalPerson person, List<String> recordIds, List<Printout> printouts) {
    LeakedPerson {
        recordIds = List.copyOf(recordIds);
        printouts = List.copyOf(printouts);
    }
}
