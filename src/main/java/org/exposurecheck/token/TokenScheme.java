package org.exposurecheck.token;

/**
 * Turns the encoded canonical input of a token into the token a pack stores. Scheme v1 is a local
 * salted KDF; a keyed scheme (an OPRF round with a server) can sit beside it behind this interface.
 */
public interface TokenScheme {
    /** The scheme's name as written in pack manifests, e.g. {@code "ec-pair-argon2id-v1"}. */
    String name();

    /** Token length in bytes. */
    int tokenLength();

    /** Identifies the scheme instance (name + parameters + salt): equal ids give equal tokens. */
    String instanceId();

    /** Relative cost of one guess against the reference attacker setting (1.0 = Argon2id 64 MiB t=3). */
    double costRelativeToReference();

    /** Derives one token. Thread-safe; may take a long time by design. */
    byte[] derive(byte[] encodedInput);
}
