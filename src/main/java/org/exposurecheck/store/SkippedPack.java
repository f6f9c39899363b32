package org.exposurecheck.store;

import org.exposurecheck.base.Sentence;

/** An installed pack a check had to leave out (expired, damaged, missing), named so the person knows. */
public record SkippedPack(String packId, String title, Sentence reason) {
}
