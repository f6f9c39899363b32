package org.exposurecheck.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.testsupport.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledDemoTest {
    private static final Path DEMO_KEY = Path.of("src", "demo", "demo-publisher.key");

    @Test
    void theBundledPackIsSignedByTheDemoKeyAndMarkedFictional() throws ExplainedException {
        Pack demo = BundledDemo.pack(TestPacks.NOW);
        assertThat(demo.manifest().demo()).isTrue();
        assertThat(demo.manifest().id()).isEqualTo("demo-hkleaks");
        assertThat(demo.records()).hasSizeGreaterThan(100);
        assertThat(demo.publisher()).isEqualTo(KeyFiles.readSigningKey(DEMO_KEY).publicKey());
        assertThat(BundledDemo.class.getResource("/org/exposurecheck/demo/demo-personas.jsonl")).isNotNull();
    }

    @Test
    void theBundledPackPassesTheAppsOwnAuditAtTheDefaultMinimum() throws ExplainedException {
        Pack demo = BundledDemo.pack(TestPacks.NOW);
        org.exposurecheck.token.PackAudit audit = PackJudge.judge(demo.manifest(), org.exposurecheck.token.AuditPolicy.DEFAULT);
        assertThat(audit.cheapestType().orElseThrow().gpuYears()).isGreaterThanOrEqualTo(10);
        assertThat(audit.cheapestChain()).hasValueSatisfying(chain -> assertThat(chain.gpuYears()).isGreaterThanOrEqualTo(10));
        assertThat(demo.photoCount()).as("built with --photos, for the demo's photo check").isPositive();
    }

    @Test
    void theDemoKeyVouchesForDemoPacksOnly(@TempDir Path dataDir) throws Exception {
        SigningKey demoKey = KeyFiles.readSigningKey(DEMO_KEY);
        PackSettings demoSettings = new PackSettings("demo-extra", "Extra demo", "demo", 1, TestPacks.NOW,
                TestPacks.NOW.plusSeconds(86400), true, TestPacks.CHEAP_KDF, TestPacks.SCALED_POLICY, false);
        byte[] demoPack = TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), demoSettings, demoKey).pack();
        byte[] notDemo = TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("real-looking", 1), demoKey).pack();
        try (PackStore store = PackStore.open(dataDir)) {
            assertThat(store.install(demoPack, Optional.empty(), TestPacks.NOW).demo()).isTrue();
            assertThatThrownBy(() -> store.install(notDemo, Optional.empty(), TestPacks.NOW))
                    .hasMessageContaining("the demo key can only sign fictional demo packs");
            assertThatThrownBy(() -> store.install(notDemo, Optional.of(demoKey.publicKey()), TestPacks.NOW))
                    .as("not even when someone passes the demo key as --trust")
                    .hasMessageContaining("the demo key can only sign fictional demo packs");
        }
        assertThat(Files.readString(DEMO_KEY)).contains("PRIVATE KEY");
    }
}
