package org.exposurecheck.token.keyed;

/**
 * An evaluation the client cannot accept: its DLEQ proof does not show that the committed key was used for
 * every element, or it does not even have the shape of an answer to the request (RFC 9497's VerifyError).
 */
public final class ProofRejectedException extends Exception {
    public ProofRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
