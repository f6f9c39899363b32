package org.exposurecheck.demo;

/** One flat: a building, a block (0 when the building has none), a floor (0 for G/F) and a flat label. */
record Home(Building building, int block, int floor, String flat) {
    /** Identifies the flat across the population, so no two fictional people share a flat-level address. */
    String key() {
        return building.englishName() + "#" + block + "#" + floor + "#" + flat;
    }
}
