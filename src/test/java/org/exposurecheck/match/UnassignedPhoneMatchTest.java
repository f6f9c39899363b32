package org.exposurecheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A leak that prints a number from a range libphonenumber does not list as assigned (9912…, 4123…): the
 * builder keeps it and the person finds it however they write it; a number one digit away still finds
 * nothing. Before phones were read as possible numbers, the builder dropped these and the person's own
 * number was refused, so both halves of the first test failed.
 */
class UnassignedPhoneMatchTest {
    private static final SigningKey KEY = SigningKey.generate(new SecureRandom());
    private static final TokenDeriver DERIVER = new TokenDeriver(2);
    private static final MatchEngine ENGINE = new MatchEngine(new Normaliser(TestPacks.CLOCK), DERIVER);
    private static Pack pack;

    @BeforeAll
    static void buildPack() throws Exception {
        TestPacks.Built built = TestPacks.build(TestPacks.source(List.of(
                TestPacks.record("src-1", "journalist", IdentifierType.NAME, "陳大文", IdentifierType.PHONE, "9912 3456"),
                TestPacks.record("src-2", "student", IdentifierType.NAME, "李小明", IdentifierType.PHONE, "+852 4123-4567",
                        IdentifierType.HKID, "A123456(3)"))), TestPacks.settings("unassigned", 1), KEY);
        pack = PackFile.read(built.pack(), KEY.publicKey(), TestPacks.NOW);
    }

    @AfterAll
    static void stop() {
        DERIVER.close();
    }

    private static ExposureReport check(String name, String phone) {
        return ENGINE.check(new Profile("test", List.of(new Identifier(IdentifierType.NAME, name), new Identifier(IdentifierType.PHONE, phone))),
                List.of(pack), Progress.NONE, new CancelSignal());
    }

    @Test
    void theBuilderKeepsTheNumberAndThePersonFindsIt() {
        assertThat(pack.records()).hasSize(2);
        assertThat(check("Chan Tai Man", "(852)99123456").matches()).singleElement().satisfies(match -> {
            assertThat(match.matchedTypes()).containsExactlyInAnyOrder(IdentifierType.NAME, IdentifierType.PHONE);
            assertThat(match.confidence()).isEqualTo(Confidence.CERTAIN);
        });
        assertThat(check("李小明", "41234567").exposed()).isTrue();
    }

    @Test
    void aNumberOneDigitAwayFindsNothing() {
        assertThat(check("Chan Tai Man", "9912 3457").exposed()).isFalse();
        assertThat(check("陳大文", "9912 3356").exposed()).isFalse();
        assertThat(check("李小明", "4123 4568").exposed()).isFalse();
    }
}
