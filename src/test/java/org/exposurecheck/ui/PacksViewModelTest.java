package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.store.InstalledPack;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.ui.packs.PacksViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packs screen's import flow: open, see the publisher, install after confirming, remove. */
class PacksViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aConfirmedPackIsInstalledAndPinnedAndCanBeRemoved() throws Exception {
        SigningKey publisher = SigningKey.generate(new SecureRandom());
        Path file = dir.resolve("leak.ecpack");
        Files.write(file, TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("leak", 2), publisher).pack());
        PacksViewModel model = new PacksViewModel(new AppContext(dir.resolve("data"), TestPacks.CLOCK).packs());
        model.refresh();
        assertThat(model.installed()).isEmpty();

        PacksViewModel.Candidate candidate = model.open(file);
        assertThat(candidate.signed().publisher().fingerprint()).isEqualTo(publisher.publicKey().fingerprint());
        InstalledPack installed = model.install(candidate);
        assertThat(installed.title()).isEqualTo("Test pack leak");
        assertThat(model.installed()).singleElement().extracting(InstalledPack::id).isEqualTo("leak");

        model.remove(installed);
        assertThat(model.installed()).isEmpty();
    }

    @Test
    void aDamagedFileIsExplainedAndNothingIsInstalled() throws Exception {
        Path file = dir.resolve("broken.ecpack");
        Files.writeString(file, "not a pack");
        PacksViewModel model = new PacksViewModel(new AppContext(dir.resolve("data"), TestPacks.CLOCK).packs());
        assertThat(model.open(file)).isNull();
        assertThat(model.statusProperty().get()).isEqualTo("This file is not an Exposure Check pack.");
        model.refresh();
        assertThat(model.installed()).isEmpty();
    }
}
