package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.store.InstalledPack;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.packs.PacksViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.exposurecheck.ui.shared.AppContext;

/** The packs screen's import flow: open, see the publisher, install after confirming, remove. */
class PacksViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aConfirmedPackIsInstalledAndPinnedAndCanBeRemoved() throws Exception {
        SigningKey publisher = SigningKey.generate(new SecureRandom());
        Path file = dir.resolve("leak.ecpack");
        // The app always judges packs with the default minimum, so this one is built at the real default cost.
        Files.write(file, TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settingsAtDefaultCost("leak", 2), publisher).pack());
        PacksViewModel model = viewModel(dir);
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
        PacksViewModel model = viewModel(dir);
        assertThat(model.open(file)).isNull();
        assertThat(model.statusProperty().get()).isEqualTo("This file is not an Exposure Check pack.");
        model.refresh();
        assertThat(model.installed()).isEmpty();
    }

    @Test
    void aRefusalIsSaidInTheLanguageThePersonChose() throws Exception {
        Path file = dir.resolve("broken.ecpack");
        Files.writeString(file, "not a pack");
        AppContext context = new AppContext(dir.resolve("data"), TestPacks.CLOCK);
        context.i18n().localeProperty().set(I18n.TRADITIONAL_HK);
        PacksViewModel model = new PacksViewModel(context.packs(), context.i18n());
        assertThat(model.open(file)).isNull();
        assertThat(model.statusProperty().get()).isEqualTo("這個檔案不是 Exposure Check 套件。");
        context.i18n().localeProperty().set(I18n.SIMPLIFIED);
        assertThat(model.open(dir.resolve("missing.ecpack"))).isNull();
        assertThat(model.statusProperty().get()).startsWith("无法读取 ").contains("missing.ecpack");
    }

    private static PacksViewModel viewModel(Path dir) {
        AppContext context = new AppContext(dir.resolve("data"), TestPacks.CLOCK);
        return new PacksViewModel(context.packs(), context.i18n());
    }
}
