package org.exposurecheck.match;

import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Problem;

/** An identifier of the profile that could not be read, by its position; the value is not kept. */
public record InputProblem(int position, IdentifierType type, Problem problem) {
}
