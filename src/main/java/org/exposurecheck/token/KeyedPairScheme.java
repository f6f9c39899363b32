package org.exposurecheck.token;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.exposurecheck.base.Sha256;
import org.exposurecheck.token.keyed.KeyedPrf;
import org.exposurecheck.token.keyed.VoprfPublicKey;

/**
 * Scheme {@code ec-pair-voprf-p256-v1}, the keyed tier: token = Argon2id(PRF output, scheme salt), truncated to
 * 16 bytes, where the PRF is RFC 9497's VOPRF (P256-SHA256) of the encoded canonical input under the
 * publisher's key. Without the key nobody can compute a token, so the pack alone cannot be enumerated; each
 * guess must go through the publisher's rate-limited service. The Argon2id stage (lighter settings allowed)
 * is what is left to an attacker who steals the key.
 *
 * <p>Unlike {@link TokenScheme}, deriving needs the PRF from outside: the builder passes the private key's
 * evaluator, a checking client the blinded round with the service.
 */
public final class KeyedPairScheme {
    public static final String NAME = "ec-pair-voprf-p256-v1";

    private final VoprfPublicKey serviceKey;
    private final KdfParameters parameters;
    private final Argon2PairScheme afterPrf;

    public KeyedPairScheme(VoprfPublicKey serviceKey, KdfParameters parameters, byte[] salt) {
        this.serviceKey = serviceKey;
        this.parameters = parameters;
        this.afterPrf = new Argon2PairScheme(parameters, salt);
    }

    public String name() {
        return NAME;
    }

    public int tokenLength() {
        return Argon2PairScheme.TOKEN_LENGTH;
    }

    /** The public key every PRF answer must be proven against; a signed manifest commits to it. */
    public VoprfPublicKey serviceKey() {
        return serviceKey;
    }

    public KdfParameters parameters() {
        return parameters;
    }

    public byte[] salt() {
        return afterPrf.salt();
    }

    /** Identifies the scheme instance (name, parameters, key, salt): equal ids give equal tokens. */
    public String instanceId() {
        byte[] id = Sha256.of((NAME + "|" + parameters).getBytes(StandardCharsets.UTF_8), serviceKey.encoded(), afterPrf.salt());
        return HexFormat.of().formatHex(Arrays.copyOf(id, 16));
    }

    /** Cost of one guess for someone who holds the key, relative to the reference Argon2id setting. */
    public double costRelativeToReference() {
        return parameters.costRelativeToReference();
    }

    /**
     * The tokens of {@code inputs}, in order: one PRF call for the whole batch, then Argon2id of each output.
     * Wipes the inputs and the PRF outputs, also when the PRF fails.
     */
    public <E extends Exception> List<byte[]> derive(List<TokenInput> inputs, KeyedPrf<E> prf) throws E {
        List<byte[]> outputs = prfOutputs(inputs, prf);
        try {
            List<byte[]> tokens = new ArrayList<>(outputs.size());
            for (byte[] output : outputs) {
                tokens.add(tokenOf(output));
            }
            return tokens;
        } finally {
            outputs.forEach(output -> Arrays.fill(output, (byte) 0));
        }
    }

    /**
     * The first stage alone: the PRF outputs of {@code inputs}, in order, so the Argon2id stage can run on every
     * core. Wipes the inputs; the caller wipes the outputs.
     */
    public <E extends Exception> List<byte[]> prfOutputs(List<TokenInput> inputs, KeyedPrf<E> prf) throws E {
        try {
            List<byte[]> outputs = prf.outputs(inputs.stream().map(TokenInput::encoded).toList());
            if (outputs.size() != inputs.size()) {
                outputs.forEach(output -> Arrays.fill(output, (byte) 0));
                throw new IllegalStateException("the PRF answered " + outputs.size() + " outputs for " + inputs.size() + " inputs");
            }
            return outputs;
        } finally {
            inputs.forEach(TokenInput::wipe);
        }
    }

    /** The second stage: the token of one PRF output. */
    public byte[] tokenOf(byte[] prfOutput) {
        return afterPrf.derive(prfOutput);
    }

    @Override
    public String toString() {
        return NAME + "[" + parameters + ", key " + serviceKey.fingerprint() + "]";
    }
}
