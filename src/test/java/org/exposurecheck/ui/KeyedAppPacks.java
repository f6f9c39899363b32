package org.exposurecheck.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.pack.KeyedBuild;
import org.exposurecheck.pack.PackSettings;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.token.keyed.VoprfPrivateKey;

/**
 * A small fictional pack with a keyed tier, as the app checks it: the offline tier at the real default cost (the app
 * judges packs with the default minimum), the keyed stage light. The teacher's record pairs name only with e-mail and
 * date of birth, which ship keyed; the student's name and phone ship offline, name and plate keyed.
 */
final class KeyedAppPacks {
    static final String TEACHER_NAME = "WONG Ka Yan";
    static final String TEACHER_EMAIL = "ka.yan.wong@gmail.com";
    static final String STUDENT_NAME = "Chan Tai-man";
    static final String STUDENT_PHONE = "+852 9123 4567";
    static final String STUDENT_PLATE = "AB1234";

    private KeyedAppPacks() {
    }

    static byte[] build(String title, String serviceUrl, SigningKey publisher, VoprfPrivateKey key) throws ExplainedException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return TestPacks.buildKeyed(TestPacks.source(List.of(
                        TestPacks.record("src-1", "teacher", IdentifierType.NAME, "Mary WONG Ka Yan", IdentifierType.EMAIL, TEACHER_EMAIL,
                                IdentifierType.DOB, "1988-03-14"),
                        TestPacks.record("src-2", "student", IdentifierType.NAME, "陳大文 CHAN Tai Man", IdentifierType.PHONE, "9123 4567",
                                IdentifierType.PLATE, "AB 1234"))),
                new PackSettings("keyed", title, "src", 1, now, now.plus(Duration.ofDays(30)), false, KdfParameters.DEFAULT,
                        AuditPolicy.DEFAULT, false),
                publisher, new KeyedBuild(key, serviceUrl, TestPacks.CHEAP_KDF, 200_000)).pack();
    }

    static void install(java.nio.file.Path data, byte[] pack, SigningKey publisher) throws ExplainedException {
        try (PackStore store = PackStore.open(data)) {
            store.install(pack, Optional.of(publisher.publicKey()), Instant.now());
        }
    }
}
