package org.exposurecheck.ui.shell;

import javafx.beans.property.ObjectProperty;
import org.exposurecheck.app.vault.VaultStatus;

/**
 * What the window asks of the vault of saved profiles: any activity keeps it open, quick exit and closing lock it,
 * and its state shows in the toolbar. The window knows the vault screens' view model by this alone, so the shell
 * does not depend on the vault screens that depend on it.
 */
public interface VaultLock {
    /** The person did something: the idle time starts again. */
    void touch();

    /** Locks at once, whatever is running. */
    void lockNow();

    ObjectProperty<VaultStatus> statusProperty();

    VaultStatus status();
}
