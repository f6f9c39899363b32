package org.exposurecheck.match;

/** A pack a check looked in, so a "not found" can name what it covered. */
public record CheckedPack(String id, String title, boolean demo) {
}
