package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.exposurecheck.demo.PhotoVariant;
import org.exposurecheck.demo.SyntheticFace;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.pack.ingest.SourceRecord;
import org.exposurecheck.pack.photo.PhotoHasher;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.testsupport.TestPacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A person adds their own photo; a leaked copy of it is a "possible" match, explained as one. */
@ExtendWith(ApplicationExtension.class)
class PhotoCheckTest {
    @TempDir
    static Path dataDir;
    private UiDriver ui;

    @BeforeAll
    static void installAPackWithAFictionalFace() throws Exception {
        SourceRecord withPhoto = new SourceRecord("record 1", "src-1", null, "journalist", LocalDate.of(2019, 9, 1), null,
                List.of(new Identifier(IdentifierType.NAME, "陳大文")),
                List.of(PhotoHasher.hash(PhotoVariant.jpeg(SyntheticFace.draw(101), 0.85f))));
        SigningKey key = SigningKey.generate(new SecureRandom());
        byte[] pack = TestPacks.build(TestPacks.source(List.of(withPhoto)), TestPacks.settings("faces", 1), key).pack();
        try (PackStore store = PackStore.open(dataDir)) {
            store.install(pack, Optional.of(key.publicKey()), java.time.Instant.now());
        }
    }

    @Start
    void start(Stage stage) {
        ui = new UiDriver(dataDir, new FxRobot());
        ui.open(stage);
    }

    @Test
    void aLeakedCopyOfTheirPhotoIsAPossibleMatch() throws Exception {
        assertThat(ui.window.demoModeProperty().get()).as("a pack is installed").isFalse();
        ui.toForm();
        byte[] ownCopy = PhotoVariant.jpeg(PhotoVariant.CROPPED.apply(SyntheticFace.draw(101)), 0.7f);
        Path photo = Files.write(dataDir.resolve("me.jpg"), ownCopy);
        var probes = PhotoHasher.probes(photo);
        Files.delete(photo);
        ui.robot.interact(() -> ui.context.session().form().addPhoto(probes));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.text("#photoStatus")).startsWith("1 photo added");
        ui.checkAndWait();
        assertThat(ui.text("#summaryDetail")).startsWith("Only details that many people share matched, so this may not be you.");
        ui.click("#showDetails");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.robot.lookup(".confidence").queryLabeled().getText()).startsWith("Possible:");
        ui.assertVisible("#advice-photo");
        ui.click("#newCheck");
        assertThat(ui.context.session().form().photos()).as("a new check forgets the photo too").isEmpty();
    }
}
