package org.exposurecheck.cli;

import org.exposurecheck.token.TokenDeriver;
import picocli.CommandLine.Option;

/** {@code --threads}: how many cores the KDF may use, for the commands that derive tokens. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", description = "KDF threads (default: all cores).")
    Integer threads;

    int count() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    TokenDeriver deriver() {
        return new TokenDeriver(count());
    }
}
