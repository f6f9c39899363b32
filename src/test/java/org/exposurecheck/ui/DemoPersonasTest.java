package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.Confidence;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.BundledDemo;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.ui.form.DemoPersonas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo lets a trainer show the photo check: the pack holds photo hashes and the personas bring their own photos. */
class DemoPersonasTest {
    private static final Path FACES = Path.of("src/main/resources/org/exposurecheck/demo/faces");

    private static List<DemoPersonas.Persona> withPhotos() {
        return DemoPersonas.load().stream().filter(persona -> persona.photo().isPresent()).toList();
    }

    @Test
    void theBundledDemoPackHoldsPhotoHashesOfItsRecords() throws Exception {
        Pack demo = BundledDemo.pack(Instant.now());
        assertThat(demo.photoCount()).isPositive();
        for (int i = 0; i < demo.photoCount(); i++) {
            assertThat(demo.records().get(demo.photoRecord(i)).types()).contains(IdentifierType.PHOTO);
        }
    }

    @Test
    void everyPersonaPhotoIsBundledAndHashesAndNoOtherFaceIs() throws Exception {
        assertThat(withPhotos()).extracting(DemoPersonas.Persona::kind).contains("exposed", "hard-negative", "absent");
        for (DemoPersonas.Persona persona : withPhotos()) {
            assertThat(DemoPersonas.class.getResource(persona.photo().orElseThrow())).as(persona.profile().label()).isNotNull();
            assertThat(persona.photoProbes()).as(persona.profile().label()).isNotEmpty();
            assertThat(persona.profile().identifiers()).as("a photo is not a detail to type")
                    .noneMatch(identifier -> identifier.type() == IdentifierType.PHOTO);
        }
        try (Stream<Path> faces = Files.list(FACES)) {
            assertThat(faces.map(face -> "/org/exposurecheck/demo/faces/" + face.getFileName()))
                    .as("only the personas' own photos are in the application")
                    .containsExactlyInAnyOrderElementsOf(withPhotos().stream().map(persona -> persona.photo().orElseThrow()).toList());
        }
    }

    /** ImageIO buffers a stream in a temporary file unless told otherwise; the photo must stay in memory. */
    @Test
    void aPersonaPhotoIsFingerprintedWithoutATemporaryFile(@TempDir Path cache) throws Exception {
        File cacheBefore = ImageIO.getCacheDirectory();
        ImageIO.setCacheDirectory(cache.toFile());
        try (WatchService watch = cache.getFileSystem().newWatchService()) {
            cache.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            withPhotos().get(0).photoProbes();
            assertThat(watch.poll(1, TimeUnit.SECONDS)).as("a file was created while the photo was read").isNull();
        } finally {
            ImageIO.setCacheDirectory(cacheBefore);
        }
    }

    /** Compared on its own (no typed detail, so no token to derive), a photo says who is in the demo data. */
    @Test
    void onlyExposedPersonasFindTheirPhotoInTheDemoPack() throws Exception {
        Pack demo = BundledDemo.pack(Instant.now());
        try (TokenDeriver deriver = new TokenDeriver(1)) {
            MatchEngine engine = new MatchEngine(new Normaliser(), deriver);
            for (DemoPersonas.Persona persona : withPhotos()) {
                ExposureReport byPhoto = engine.check(new Profile(persona.profile().label(), List.of(), persona.photoProbes()),
                        List.of(demo), Progress.NONE, new CancelSignal());
                if (persona.kind().equals("exposed")) {
                    assertThat(byPhoto.matches()).as(persona.profile().label()).isNotEmpty().allSatisfy(match -> {
                        assertThat(match.matchedTypes()).containsExactly(IdentifierType.PHOTO);
                        assertThat(match.confidence()).isEqualTo(Confidence.POSSIBLE);
                    });
                } else {
                    assertThat(byPhoto.matches()).as(persona.profile().label()).isEmpty();
                }
            }
        }
    }
}
