package org.exposurecheck.store;

import java.util.List;
import org.exposurecheck.pack.Pack;

/** The installed packs a check can use, and those it cannot, each with the reason. */
public record LoadedPacks(List<Pack> packs, List<SkippedPack> skipped) {
    public LoadedPacks {
        packs = List.copyOf(packs);
        skipped = List.copyOf(skipped);
    }
}
