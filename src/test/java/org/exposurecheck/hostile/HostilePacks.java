package org.exposurecheck.hostile;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.testsupport.TestPacks;

/** The keys and genuine packs the attack tests start from: a real publisher's, and the published demo key. */
final class HostilePacks {
    static final SigningKey PUBLISHER = SigningKey.generate(new SecureRandom());
    static final Path DEMO_PRIVATE_KEY = Path.of("src/demo/demo-publisher.key");
    static final Path DEMO_PUBLIC_KEY = Path.of("src/demo/demo-publisher.pub");

    private HostilePacks() {
    }

    /** Anyone can sign with it: its private half is in the repository (docs/decisions/0004-demo-key.md). */
    static SigningKey demoKey() throws ExplainedException {
        return KeyFiles.readSigningKey(DEMO_PRIVATE_KEY);
    }

    /** A genuine pack "leak" of {@link #PUBLISHER} at {@code sequence}. */
    static byte[] leak(long sequence) throws ExplainedException {
        return TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("leak", sequence), PUBLISHER).pack();
    }
}
