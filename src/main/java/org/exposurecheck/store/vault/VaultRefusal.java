package org.exposurecheck.store.vault;

import org.exposurecheck.base.Refusal;

/**
 * Why the vault cannot be created, opened, changed or deleted, as a person meets it in the app or on the
 * command line. Each has a sentence in the {@code refusals} bundle (en, zh-HK, zh-CN) whose named
 * arguments are listed in the English file. No sentence ever names a profile or a value in one.
 */
public enum VaultRefusal implements Refusal {
    NO_VAULT,
    ALREADY_EXISTS,
    NOT_A_VAULT,
    DAMAGED,
    NEWER_FORMAT,
    WRONG_PASSPHRASE,
    PASSPHRASE_EMPTY,
    PASSPHRASE_TOO_WEAK,
    PASSPHRASES_DIFFER,
    CANNOT_READ,
    CANNOT_WRITE,
    CANNOT_ERASE,
    LABEL_MISSING,
    LABEL_TAKEN,
    LABEL_UNKNOWN,
    STEP_UNKNOWN,
    LOCKED;

    public static final String BUNDLE = "org.exposurecheck.store.vault.refusals";

    @Override
    public String bundle() {
        return BUNDLE;
    }

    /** Shorthand for the exception that carries this refusal. */
    public VaultException exception(Object... namesAndValues) {
        return new VaultException(sentence(namesAndValues));
    }

    /** This refusal caused by an I/O failure, whose own explanation becomes {@code {detail}}. */
    public VaultException because(Exception failure, Object... namesAndValues) {
        return new VaultException(sentenceBecause(failure, namesAndValues), failure);
    }
}
