package org.exposurecheck.pack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.testsupport.TestPacks;
import org.junit.jupiter.api.Test;

class PublisherKeyTest {
    @Test
    void damagedKeyBytesInAPackAreASentenceNotACrash() throws ExplainedException {
        byte[] pack = TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("leak", 1),
                SigningKey.generate(new SecureRandom())).pack();
        for (int i = PackFile.MAGIC.length; i < PackFile.MAGIC.length + PublisherKey.LENGTH; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] damaged = pack.clone();
                damaged[i] ^= (byte) (1 << bit);
                assertThatThrownBy(() -> PackFile.open(damaged)).isInstanceOf(PackException.class)
                        .hasMessageStartingWith("The pack's signature is not valid");
            }
        }
    }
}
