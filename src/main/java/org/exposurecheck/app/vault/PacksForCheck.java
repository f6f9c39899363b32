package org.exposurecheck.app.vault;

import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.store.LoadedPacks;

/** The packs a re-check of the vault uses: in the app, the installed ones its pack library judges usable (never demo mode's). */
@FunctionalInterface
public interface PacksForCheck {
    LoadedPacks load() throws ExplainedException;
}
