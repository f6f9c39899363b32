package org.exposurecheck.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.FormKind;
import org.junit.jupiter.api.Test;

class TokenInputTest {
    private static final Argon2PairScheme SCHEME = new Argon2PairScheme(new KdfParameters(256, 1, 1), new byte[16]);
    private final CanonicalForm name = new CanonicalForm(FormKind.NAME, "陈大文");
    private final CanonicalForm phone = new CanonicalForm(FormKind.PHONE, "+85291234567");

    @Test
    void pairOrderDoesNotMatter() {
        byte[] ab = SCHEME.derive(TokenInput.of(List.of(name, phone)).encoded());
        byte[] ba = SCHEME.derive(TokenInput.of(List.of(phone, name)).encoded());
        assertThat(ab).isEqualTo(ba).hasSize(Argon2PairScheme.TOKEN_LENGTH);
        assertThat(TokenInput.of(List.of(phone, name)).type().tag()).isEqualTo("name+phone");
    }

    @Test
    void kindTagsAndLengthPrefixesSeparateLookalikes() {
        byte[] asPhone = TokenInput.of(List.of(name, phone)).encoded();
        byte[] asHandle = TokenInput.of(List.of(name, new CanonicalForm(FormKind.HANDLE, "+85291234567"))).encoded();
        assertThat(asPhone).isNotEqualTo(asHandle);
        byte[] split1 = TokenInput.of(List.of(new CanonicalForm(FormKind.NAME, "ab"), new CanonicalForm(FormKind.DOB, "c"))).encoded();
        byte[] split2 = TokenInput.of(List.of(new CanonicalForm(FormKind.NAME, "a"), new CanonicalForm(FormKind.DOB, "bc"))).encoded();
        assertThat(split1).isNotEqualTo(split2);
    }

    @Test
    void differentSaltsGiveUnrelatedTokens() {
        Argon2PairScheme other = new Argon2PairScheme(new KdfParameters(256, 1, 1), new byte[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        TokenInput input = TokenInput.of(List.of(name, phone));
        assertThat(SCHEME.derive(input.encoded())).isNotEqualTo(other.derive(input.encoded()));
        assertThat(SCHEME.instanceId()).isNotEqualTo(other.instanceId());
    }

    @Test
    void wipeZeroesThePersonalBytesAndToStringIsRedacted() {
        TokenInput input = TokenInput.of(List.of(name, phone));
        assertThat(input.toString()).doesNotContain("8529").doesNotContain("陈");
        input.wipe();
        assertThat(input.encoded()).containsOnly((byte) 0);
    }

    @Test
    void theDeriverKeepsInputOrderAndStopsWhenCancelled() {
        try (TokenDeriver deriver = new TokenDeriver(2)) {
            List<TokenInput> inputs = List.of(TokenInput.of(List.of(name, phone)), TokenInput.of(List.of(name)), TokenInput.of(List.of(phone)));
            List<byte[]> tokens = deriver.derive(SCHEME, inputs, Progress.NONE, new CancelSignal());
            assertThat(tokens.get(1)).isEqualTo(SCHEME.derive(TokenInput.of(List.of(name)).encoded()));
            assertThat(inputs).allSatisfy(input -> assertThat(input.encoded()).containsOnly((byte) 0));

            CancelSignal cancelled = new CancelSignal();
            cancelled.cancel();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> deriver.derive(SCHEME, List.of(TokenInput.of(List.of(name))),
                    Progress.NONE, cancelled)).isInstanceOf(CancelledException.class);
        }
    }
}
