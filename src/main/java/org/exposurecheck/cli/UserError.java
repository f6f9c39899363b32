package org.exposurecheck.cli;

/** Bad input from the person running a command: printed as one sentence, exit code 1, no stack trace. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message, null, false, false);
    }
}
