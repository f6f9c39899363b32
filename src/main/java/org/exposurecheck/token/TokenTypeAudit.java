package org.exposurecheck.token;

/** The enumeration cost of one token type under one scheme, and whether the policy lets it ship. */
public record TokenTypeAudit(TokenType type, double guessSpace, double guessesPerSecond, double gpuYears, boolean allowed) {
}
