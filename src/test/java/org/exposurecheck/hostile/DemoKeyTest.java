package org.exposurecheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.PublisherKey;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.ForgedPacks;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.ui.shared.AppContext;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.packs.PacksViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo key's private half is published, so anyone can sign with it (docs/decisions/0004-demo-key.md and
 * 0014-hostile-packs.md): it vouches only for demo packs whose id starts with "demo-", it is never pinned, and a
 * demo pack can never take a real pack's id.
 */
class DemoKeyTest {
    private static final String DEMO_KEY_MISUSED = "This pack is signed with the public demo key but is not a demo pack whose id"
            + " starts with \"demo-\"; the demo key can only sign fictional demo packs.";

    @TempDir
    Path dir;

    @Test
    void installingADemoPackNeverPinsTheDemoKey() throws Exception {
        byte[] demo = bundledDemoPack();
        PublisherKey demoKey = KeyFiles.readPublisherKey(HostilePacks.DEMO_PUBLIC_KEY);
        Path byCommand = dir.resolve("by-command");
        assertThat(Cli.run("pack", "install", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, Files.write(dir.resolve("demo.ecpack"), demo).toString(), "--data-dir", byCommand.toString())
                .exitCode()).isZero();
        Path byApp = dir.resolve("by-app");
        PacksViewModel app = new PacksViewModel(new AppContext(byApp, TestPacks.CLOCK).packs(), new I18n());
        assertThat(app.install(app.open(dir.resolve("demo.ecpack")))).as("the app confirms the demo key like any other").isNotNull();

        for (Path data : new Path[] {byCommand, byApp}) {
            try (PackStore store = PackStore.open(data)) {
                assertThat(store.installed()).singleElement().satisfies(pack -> assertThat(pack.demo()).isTrue());
                assertThat(store.pinnedKey(demoKey.idHex())).as("pinned in %s", data).isEmpty();
            }
        }
    }

    @Test
    void theDemoKeyVouchesForNothingButDemoIds() throws Exception {
        Path realLooking = Files.write(dir.resolve("leak.ecpack"),
                ForgedPacks.resign(HostilePacks.leak(1), HostilePacks.demoKey(), manifest -> manifest.put("demo", true)));
        Path profile = Files.writeString(dir.resolve("me.json"), "{\"label\": \"me\", \"identifiers\": [{\"type\": \"phone\", \"value\": \"9123 4567\"}]}");

        Cli.Result install = Cli.run("pack", "install", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, realLooking.toString(), "--data-dir", dir.resolve("data").toString());
        Cli.Result check = Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", profile.toString(), "--pack", realLooking.toString(), "--trust",
                HostilePacks.DEMO_PUBLIC_KEY.toString(), "--data-dir", dir.resolve("data").toString());

        assertThat(install.exitCode()).isEqualTo(1);
        assertThat(install.err().strip()).isEqualTo(DEMO_KEY_MISUSED);
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err().strip()).as("not even with --trust").isEqualTo(DEMO_KEY_MISUSED);
    }

    /** The attack of issue 10: a demo pack under a real pack's id with sequence 9×10¹⁸ blocked that pack for ever. */
    @Test
    void aDemoPackCannotTakeARealPacksIdAndBlockIt() throws Exception {
        Path squatter = Files.write(dir.resolve("squatter.ecpack"), ForgedPacks.resign(HostilePacks.leak(1), HostilePacks.demoKey(),
                manifest -> manifest.put("demo", true).put("sequence", 9_000_000_000_000_000_000L)));
        Path real = Files.write(dir.resolve("leak.ecpack"), HostilePacks.leak(5));
        Path trust = Files.writeString(dir.resolve("publisher.pub"), KeyFiles.publicKeyText(HostilePacks.PUBLISHER.publicKey()));
        String data = dir.resolve("data").toString();

        assertThat(Cli.run("pack", "install", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, squatter.toString(), "--data-dir", data).exitCode()).isEqualTo(1);
        Cli.Result install = Cli.run("pack", "install", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, real.toString(), "--trust", trust.toString(), "--data-dir", data);

        assertThat(install.exitCode()).as(install.err()).isZero();
        assertThat(install.out()).contains("(leak), sequence 5");
    }

    @Test
    void aPackThatIsNotADemoCannotUseADemoId() throws Exception {
        Path pack = Files.write(dir.resolve("demo-leak.ecpack"), ForgedPacks.resign(HostilePacks.leak(1), HostilePacks.PUBLISHER,
                manifest -> manifest.put("id", "demo-leak")));
        Path trust = Files.writeString(dir.resolve("publisher.pub"), KeyFiles.publicKeyText(HostilePacks.PUBLISHER.publicKey()));

        Cli.Result install = Cli.run("pack", "install", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, pack.toString(), "--trust", trust.toString(), "--data-dir", dir.resolve("data").toString());

        assertThat(install.exitCode()).isEqualTo(1);
        assertThat(install.err().strip())
                .isEqualTo("Pack demo-leak uses an id kept for fictional demo packs but is not marked as a demo; refusing it.");
        Cli.Result build = Cli.run(Cli.concat(new String[] {"pack", "build", "--input", "does-not-matter.jsonl", "--format", "jsonl",
                "--title", "Demo leak", "--signing-key", "none.key", "--out", dir.resolve("out.ecpack").toString()}, Cli.CHEAP_BUILD_FLAGS));
        assertThat(build.err().strip()).as("the builder says so first")
                .isEqualTo("Pack ids starting with \"demo-\" are kept for fictional demo packs (--demo).");
    }

    private static byte[] bundledDemoPack() throws Exception {
        try (InputStream in = DemoKeyTest.class.getResourceAsStream("/org/exposurecheck/demo/demo.ecpack")) {
            return Optional.ofNullable(in).orElseThrow().readAllBytes();
        }
    }
}
