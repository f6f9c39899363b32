package org.exposurecheck.store;

import java.util.ArrayList;
import java.util.List;
import org.exposurecheck.base.DisplayText;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.PackException;
import org.exposurecheck.pack.PackJudge;
import org.exposurecheck.token.AuditPolicy;

/** The installed packs a check can use, and those it cannot, each with the reason. */
public record LoadedPacks(List<Pack> packs, List<SkippedPack> skipped) {
    public LoadedPacks {
        packs = List.copyOf(packs);
        skipped = List.copyOf(skipped);
    }

    /** These packs once each has passed the client's own audit (decision 0013); one that does not is skipped with the reason. */
    public LoadedPacks judged(AuditPolicy minimum) {
        List<Pack> passed = new ArrayList<>();
        List<SkippedPack> left = new ArrayList<>(skipped);
        for (Pack pack : packs) {
            try {
                PackJudge.judge(pack.manifest(), minimum);
                passed.add(pack);
            } catch (PackException refused) {
                left.add(new SkippedPack(pack.manifest().id(), DisplayText.clean(pack.manifest().title()), refused.sentence()));
            }
        }
        return new LoadedPacks(passed, left);
    }
}
