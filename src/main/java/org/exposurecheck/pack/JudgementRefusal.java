package org.exposurecheck.pack;

import org.exposurecheck.base.Refusal;

/**
 * Why a client refuses a pack after repeating its audit (docs/decisions/0013-client-judges-packs.md). Each has a
 * sentence in the {@code judgement} bundle (en, zh-HK, zh-CN) whose named arguments are listed in the English file.
 */
public enum JudgementRefusal implements Refusal {
    KDF_MEMORY,
    KDF_PASSES,
    KDF_SLOW,
    SHAPES_MISSING,
    SHAPES_INCONSISTENT,
    TYPE_BELOW_MINIMUM,
    CHAIN_BELOW_MINIMUM;

    public static final String BUNDLE = "org.exposurecheck.pack.judgement";

    @Override
    public String bundle() {
        return BUNDLE;
    }

    public PackException exception(Object... namesAndValues) {
        return new PackException(sentence(namesAndValues));
    }
}
