package org.exposurecheck.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.store.InstalledPack;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.store.UpdateStateStore;
import org.exposurecheck.testsupport.ForgedPacks;
import org.exposurecheck.testsupport.MirrorDispatcher;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.update.UpdateSummary.PackOutcome;
import org.exposurecheck.update.UpdateSummary.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The update layer against scripted mirrors (mockwebserver3): every "Done when" case of the issue, and the trust rules. */
class UpdaterTest {
    private static final SigningKey PUBLISHER = SigningKey.generate(new SecureRandom());
    private static final SigningKey OTHER = SigningKey.generate(new SecureRandom());
    private static final Instant NOW = TestPacks.NOW;
    private static final String LEAK_5 = "/packs/leak-5.ecpack";
    private static byte[] leak5;
    private static byte[] leak6;
    private static byte[] other1;
    private static byte[] leak6ByOther;

    @TempDir
    Path dir;

    private final List<MockWebServer> servers = new ArrayList<>();

    @BeforeAll
    static void buildPacks() throws ExplainedException {
        var leak = TestPacks.source(TestPacks.fictionalLeak());
        leak5 = TestPacks.build(leak, TestPacks.settings("leak", 5), PUBLISHER).pack();
        leak6 = TestPacks.build(leak, TestPacks.settings("leak", 6), PUBLISHER).pack();
        other1 = TestPacks.build(leak, TestPacks.settings("other", 1), PUBLISHER).pack();
        leak6ByOther = TestPacks.build(leak, TestPacks.settings("leak", 6), OTHER).pack();
    }

    @AfterEach
    void stopServers() {
        servers.forEach(MockWebServer::close);
    }

    @Test
    void aNormalUpdateInstallsEveryListedPackAndPinsTheConfirmedPublisher() throws Exception {
        MirrorDispatcher mirror = mirror(publish("m", 100, NOW, PUBLISHER, leak5, other1));

        UpdateSummary summary = update(confirmed(), address(mirror));

        assertThat(summary.complete()).isTrue();
        assertThat(summary.packs()).extracting(PackOutcome::packId, PackOutcome::status)
                .containsExactly(tuple("leak", Status.INSTALLED),
                        tuple("other", Status.INSTALLED));
        assertThat(summary.catalogue().orElseThrow().sequence()).isEqualTo(100);
        assertThat(summary.mirrorProblems()).isEmpty();
        assertThat(installed()).extracting(InstalledPack::id, InstalledPack::sequence)
                .containsExactlyInAnyOrder(tuple("leak", 5L), tuple("other", 1L));
        try (UpdateStateStore state = UpdateStateStore.open(data())) {
            assertThat(state.updatePublisher()).contains(PUBLISHER.publicKey());
        }
        assertThat(mirror.requestedPaths()).containsExactly("/catalogue.ecc", LEAK_5, "/packs/other-1.ecpack");
        assertThat(mirror.requests()).allSatisfy(request -> {
            assertThat(request.getHeaders().get("User-Agent")).isEqualTo(MirrorConnection.USER_AGENT);
            assertThat(request.getHeaders().get("Cookie")).isNull();
            assertThat(request.getUrl().query()).as("nothing about the person or their packs is sent").isNull();
        });
        assertThat(data().resolve("downloads")).isEmptyDirectory();
    }

    @Test
    void anUnknownPublisherIsRefusedWithItsFingerprintAndNothingIsDownloaded() throws Exception {
        MirrorDispatcher mirror = mirror(publish("m", 100, NOW, PUBLISHER, leak5));

        UpdateSummary summary = update(Optional.empty(), address(mirror));

        assertThat(summary.complete()).isFalse();
        assertThat(summary.unconfirmedPublisher()).contains(PUBLISHER.publicKey());
        assertThat(summary.mirrorProblems()).singleElement().extracting(UpdaterTest::inEnglish).asString()
                .contains(PUBLISHER.publicKey().fingerprint()).contains("not trusted yet");
        assertThat(mirror.requestedPaths()).containsExactly("/catalogue.ecc");
        assertThat(installed()).isEmpty();
    }

    @Test
    void aConnectionCutMidFileIsResumedWithoutFetchingTheReceivedBytesAgain() throws Exception {
        MirrorDispatcher mirror = mirror(publish("m", 100, NOW, PUBLISHER, leak5));
        int half = leak5.length / 2;
        mirror.fault(LEAK_5, new MirrorDispatcher.CutAfter(half));

        UpdateSummary summary = update(confirmed(), address(mirror));

        assertThat(summary.complete()).as(summary.toString()).isTrue();
        List<RecordedRequest> packRequests = mirror.requests().stream().filter(r -> r.getUrl().encodedPath().equals(LEAK_5)).toList();
        assertThat(packRequests).hasSize(2);
        assertThat(packRequests.get(0).getHeaders().get("Range")).isNull();
        assertThat(packRequests.get(1).getHeaders().get("Range")).isEqualTo("bytes=" + half + "-");
        assertThat(packRequests.get(1).getHeaders().get("If-Range")).startsWith("\"");
        long catalogueBytes = Files.size(dir.resolve("m/catalogue.ecc"));
        assertThat(mirror.bodyBytesSent()).as("every byte of the pack was sent exactly once").isEqualTo(catalogueBytes + leak5.length);
        assertThat(summary.mirrorProblems()).singleElement().extracting(UpdaterTest::inEnglish).asString()
                .contains("broke off");
        assertThat(installed()).singleElement().extracting(InstalledPack::sequence).isEqualTo(5L);
    }

    @Test
    void aDownloadThatBrokeOffInOneRunIsResumedInTheNext() throws Exception {
        MirrorDispatcher mirror = mirror(publish("m", 100, NOW, PUBLISHER, leak5));
        int part = leak5.length / 3;
        mirror.fault(LEAK_5, new MirrorDispatcher.CutAfter(part)).fault(LEAK_5, new MirrorDispatcher.Status(503));

        UpdateSummary first = update(confirmed(), address(mirror));

        assertThat(first.complete()).isFalse();
        assertThat(first.packs()).singleElement().extracting(PackOutcome::status).isEqualTo(Status.FAILED);
        assertThat(data().resolve("downloads/leak-5.ecpack.part")).hasSize(part);
        assertThat(installed()).isEmpty();

        mirror.forgetRequests();
        UpdateSummary second = update(Optional.empty(), address(mirror));

        assertThat(second.complete()).isTrue();
        assertThat(second.catalogue().orElseThrow().unchanged()).isTrue();
        assertThat(mirror.requests().get(1).getHeaders().get("Range")).isEqualTo("bytes=" + part + "-");
        assertThat(mirror.bodyBytesSent()).isEqualTo(leak5.length - part);
        assertThat(installed()).singleElement().extracting(InstalledPack::sequence).isEqualTo(5L);
        assertThat(data().resolve("downloads/leak-5.ecpack.part")).doesNotExist();
    }

    @Test
    void theUnfinishedDownloadOfAVersionNoLongerListedIsDeleted() throws Exception {
        MirrorDispatcher mirror = mirror(publish("m", 100, NOW, PUBLISHER, leak5));
        mirror.fault(LEAK_5, new MirrorDispatcher.CutAfter(leak5.length / 3)).fault(LEAK_5, new MirrorDispatcher.Status(503));
        assertThat(update(confirmed(), address(mirror)).complete()).isFalse();
        assertThat(data().resolve("downloads/leak-5.ecpack.part")).exists();

        mirror.serve(publish("m", 101, NOW, PUBLISHER, leak6));
        UpdateSummary summary = update(Optional.empty(), address(mirror));

        assertThat(summary.complete()).isTrue();
        assertThat(installed()).singleElement().extracting(InstalledPack::sequence).isEqualTo(6L);
        assertThat(data().resolve("downloads")).isEmptyDirectory();
    }

    @Test
    void whenTheFirstMirrorIsDownTheSecondIsUsed() throws Exception {
        MirrorDispatcher mirror = mirror(publish("m", 100, NOW, PUBLISHER, leak5));
        String down = "http://127.0.0.1:" + closedPort() + "/";

        UpdateSummary summary = update(confirmed(), down, address(mirror));

        assertThat(summary.complete()).isTrue();
        assertThat(summary.catalogue().orElseThrow().mirror()).isEqualTo(address(mirror));
        assertThat(summary.mirrorProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.mirror()).isEqualTo(down);
            assertThat(problem.reason().inEnglish()).isEqualTo("Could not connect to the mirror.");
        });
    }

    @Test
    void aMirrorThatStopsAnsweringIsLeftAfterTheReadTimeout() throws Exception {
        Path published = publish("m", 100, NOW, PUBLISHER, leak5);
        MirrorDispatcher stalling = mirror(published).fault("/catalogue.ecc", new MirrorDispatcher.Stall());
        MirrorDispatcher good = mirror(published);

        UpdateSummary summary = update(confirmed(), address(stalling), address(good));

        assertThat(summary.complete()).isTrue();
        assertThat(summary.mirrorProblems()).singleElement().extracting(UpdaterTest::inEnglish)
                .isEqualTo("The mirror did not answer in time.");
    }

    @Test
    void aTamperedPackOnOneMirrorIsRefusedAndTheNextMirrorIsUsed() throws Exception {
        Path published = publish("m", 100, NOW, PUBLISHER, leak5);
        MirrorDispatcher tampered = mirror(published).fault(LEAK_5, new MirrorDispatcher.Tamper());
        MirrorDispatcher good = mirror(published);

        UpdateSummary summary = update(confirmed(), address(tampered), address(good));

        assertThat(summary.complete()).isTrue();
        assertThat(summary.mirrorProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.mirror()).isEqualTo(address(tampered));
            assertThat(problem.packId()).contains("leak");
            assertThat(problem.reason().inEnglish()).contains("does not match the signed catalogue");
        });
        assertThat(good.requests().get(0).getHeaders().get("Range")).as("the tampered bytes were not kept").isNull();
        assertThat(installed()).singleElement().extracting(InstalledPack::sequence).isEqualTo(5L);
    }

    @Test
    void aPackLargerThanTheCatalogueSaysIsRefusedWhetherOrNotTheMirrorAnnouncesItsSize() throws Exception {
        Path published = publish("m", 100, NOW, PUBLISHER, leak5);
        MirrorDispatcher announced = mirror(published).fault(LEAK_5, new MirrorDispatcher.Append(1000, false));
        MirrorDispatcher streamed = mirror(published).fault(LEAK_5, new MirrorDispatcher.Append(100_000, true));

        UpdateSummary summary = update(confirmed(), address(announced), address(streamed));

        assertThat(summary.packs()).singleElement().extracting(PackOutcome::status).isEqualTo(Status.FAILED);
        assertThat(summary.mirrorProblems()).extracting(UpdaterTest::inEnglish).satisfiesExactly(
                first -> assertThat(first).contains("is " + (leak5.length + 1000) + " bytes, not the " + leak5.length),
                second -> assertThat(second).contains("sent more of packs/leak-5.ecpack than the " + leak5.length + " bytes"));
        assertThat(streamed.bodyBytesSent()).isGreaterThan(leak5.length);
        assertThat(data().resolve("downloads/leak-5.ecpack.part")).doesNotExist();
        assertThat(installed()).isEmpty();
    }

    @Test
    void anOlderCatalogueThanOneAlreadySeenIsRefusedAsARollback() throws Exception {
        MirrorDispatcher current = mirror(publish("new", 200, NOW, PUBLISHER, leak6));
        MirrorDispatcher stale = mirror(publish("old", 100, NOW, PUBLISHER, leak5));
        assertThat(update(confirmed(), address(current)).complete()).isTrue();

        UpdateSummary summary = update(Optional.empty(), address(stale));

        assertThat(summary.complete()).isFalse();
        assertThat(summary.catalogue()).isEmpty();
        assertThat(summary.mirrorProblems()).singleElement().extracting(UpdaterTest::inEnglish)
                .isEqualTo("The catalogue is older (sequence 100) than one already seen (sequence 200); refusing to roll back.");
        assertThat(stale.requestedPaths()).containsExactly("/catalogue.ecc");
        assertThat(installed()).singleElement().extracting(InstalledPack::sequence).isEqualTo(6L);

        assertThat(update(Optional.empty(), address(stale), address(current)).complete())
                .as("a stale mirror is passed over for one that is current").isTrue();
    }

    @Test
    void aCatalogueListingAnOlderPackThanTheInstalledOneIsNotFollowed() throws Exception {
        try (PackStore store = PackStore.open(data())) {
            store.install(leak6, Optional.of(PUBLISHER.publicKey()), NOW);
        }
        MirrorDispatcher mirror = mirror(publish("m", 100, NOW, PUBLISHER, leak5));

        UpdateSummary summary = update(confirmed(), address(mirror));

        assertThat(summary.packs()).singleElement().satisfies(pack -> {
            assertThat(pack.status()).isEqualTo(Status.FAILED);
            assertThat(pack.reason().orElseThrow().inEnglish())
                    .isEqualTo("The catalogue lists sequence 5, older than the installed 6; refusing to roll back.");
        });
        assertThat(mirror.requestedPaths()).containsExactly("/catalogue.ecc");
        assertThat(installed()).singleElement().extracting(InstalledPack::sequence).isEqualTo(6L);
    }

    @Test
    void anExpiredCatalogueIsRefusedAsAFrozenMirror() throws Exception {
        Path published = publish("m", 100, NOW.minus(Duration.ofDays(40)), PUBLISHER, leak5);
        MirrorDispatcher mirror = mirror(published);

        UpdateSummary summary = update(confirmed(), address(mirror));

        assertThat(summary.complete()).isFalse();
        assertThat(summary.mirrorProblems()).singleElement().extracting(UpdaterTest::inEnglish)
                .isEqualTo("The catalogue expired on 2026-11-18: this mirror is out of date or is being held back, so it was not used.");
        assertThat(mirror.requestedPaths()).containsExactly("/catalogue.ecc");
        assertThat(installed()).isEmpty();
    }

    @Test
    void anUnchangedCatalogueCostsOne304AndNothingIsDownloaded() throws Exception {
        MirrorDispatcher mirror = mirror(publish("m", 100, NOW, PUBLISHER, leak5, other1));
        assertThat(update(confirmed(), address(mirror)).complete()).isTrue();
        String etag = mirror.requests().get(0).getHeaders().get("If-None-Match");
        assertThat(etag).as("the first request has no ETag to send").isNull();
        mirror.forgetRequests();

        UpdateSummary summary = update(Optional.empty(), address(mirror));

        assertThat(summary.complete()).isTrue();
        assertThat(summary.catalogue().orElseThrow().unchanged()).isTrue();
        assertThat(summary.packs()).extracting(PackOutcome::status).containsOnly(Status.CURRENT);
        assertThat(mirror.requests()).singleElement().satisfies(request -> {
            assertThat(request.getUrl().encodedPath()).isEqualTo("/catalogue.ecc");
            assertThat(request.getHeaders().get("If-None-Match")).startsWith("\"");
        });
        assertThat(mirror.bodyBytesSent()).isZero();
    }

    @Test
    void onlyChangedPacksAreFetched() throws Exception {
        MirrorDispatcher mirror = mirror(publish("m", 100, NOW, PUBLISHER, leak5, other1));
        assertThat(update(confirmed(), address(mirror)).complete()).isTrue();
        mirror.serve(publish("m", 101, NOW, PUBLISHER, leak6, other1));
        mirror.forgetRequests();

        UpdateSummary summary = update(Optional.empty(), address(mirror));

        assertThat(summary.complete()).isTrue();
        assertThat(summary.packs()).extracting(PackOutcome::packId, PackOutcome::status)
                .containsExactly(tuple("leak", Status.UPDATED),
                        tuple("other", Status.CURRENT));
        assertThat(mirror.requestedPaths()).containsExactly("/catalogue.ecc", "/packs/leak-6.ecpack");
        assertThat(installed()).extracting(InstalledPack::sequence).containsExactlyInAnyOrder(6L, 1L);
    }

    @Test
    void aCatalogueSignedByAnotherKeyThanThePinnedOneIsRefused() throws Exception {
        assertThat(update(confirmed(), address(mirror(publish("m", 100, NOW, PUBLISHER, leak5))))).matches(UpdateSummary::complete);
        MirrorDispatcher impostor = mirror(publish("x", 500, NOW, OTHER, leak6ByOther));

        UpdateSummary summary = update(Optional.of(PublisherConfirmation.of(OTHER.publicKey())), address(impostor));

        assertThat(summary.complete()).isFalse();
        assertThat(summary.mirrorProblems()).singleElement().extracting(UpdaterTest::inEnglish).asString()
                .startsWith("The catalogue is signed by publisher key " + OTHER.publicKey().fingerprint())
                .endsWith("not by the pinned key " + PUBLISHER.publicKey().fingerprint() + "; refusing a changed key.");
        assertThat(impostor.requestedPaths()).containsExactly("/catalogue.ecc");
        assertThat(installed()).singleElement().extracting(InstalledPack::sequence).isEqualTo(5L);
    }

    @Test
    void aFingerprintThatDoesNotMatchIsRefused() throws Exception {
        MirrorDispatcher mirror = mirror(publish("m", 100, NOW, PUBLISHER, leak5));

        UpdateSummary summary = update(Optional.of(PublisherConfirmation.of(OTHER.publicKey())), address(mirror));

        assertThat(summary.complete()).isFalse();
        assertThat(summary.mirrorProblems()).singleElement().extracting(UpdaterTest::inEnglish).asString()
                .contains("not by the key you confirmed");
        try (UpdateStateStore state = UpdateStateStore.open(data())) {
            assertThat(state.updatePublisher()).isEmpty();
        }
    }

    @Test
    void cancellingStopsTheDownloadAndKeepsItsBytesForNextTime() throws Exception {
        MirrorDispatcher mirror = mirror(publish("m", 100, NOW, PUBLISHER, leak5, other1));
        CancelSignal cancel = new CancelSignal();
        UpdateProgress cancelOnFirstBytes = new UpdateProgress() {
            @Override
            public void step(String what) {
            }

            @Override
            public void transferred(String packId, long bytesDone, long bytesTotal) {
                cancel.cancel();
            }
        };

        UpdateSummary summary = new Updater(data(), TestPacks.CLOCK, TestPacks.SCALED_MINIMUM).run(request(confirmed(), address(mirror)), cancelOnFirstBytes, cancel);

        assertThat(summary.cancelled()).isTrue();
        assertThat(summary.complete()).isFalse();
        assertThat(summary.packs()).extracting(PackOutcome::status).containsExactly(Status.CANCELLED, Status.CANCELLED);
        assertThat(mirror.requestedPaths()).containsExactly("/catalogue.ecc", LEAK_5);
        assertThat(data().resolve("downloads/leak-5.ecpack.part")).exists();
        assertThat(installed()).isEmpty();
    }

    @Test
    void cancellingWhileAMirrorKeepsUsWaitingStopsAtOnce() throws Exception {
        MirrorDispatcher mirror = mirror(publish("m", 100, NOW, PUBLISHER, leak5)).fault(LEAK_5, new MirrorDispatcher.Stall());
        CancelSignal cancel = new CancelSignal();
        UpdateRequest patient = new UpdateRequest(List.of(MirrorAddress.parse(address(mirror))), Optional.empty(),
                new Timeouts(Duration.ofSeconds(30), Duration.ofSeconds(30)), confirmed());
        Thread person = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
            cancel.cancel();
        });
        person.start();
        long started = System.nanoTime();

        UpdateSummary summary = new Updater(data(), TestPacks.CLOCK, TestPacks.SCALED_MINIMUM).run(patient, UpdateProgress.NONE, cancel);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(summary.cancelled()).isTrue();
        assertThat(summary.packs()).extracting(PackOutcome::status).containsExactly(Status.CANCELLED);
        assertThat(summary.mirrorProblems()).as("a cancel is not a mirror's fault").isEmpty();
    }

    /**
     * The attack of issue 10: the person confirmed the real publisher's fingerprint, but the first mirror serves a
     * catalogue signed with the public demo key, listing a "demo" pack under the real pack's id with a huge sequence.
     * It must neither win the update nor take the real pack's id.
     */
    @Test
    void aDemoSignedCatalogueNeverWinsAndADemoPackCannotTakeARealPacksId() throws Exception {
        SigningKey demoKey = KeyFiles.readSigningKey(Path.of("src/demo/demo-publisher.key"));
        byte[] squatter = ForgedPacks.resign(leak5, demoKey, manifest -> manifest.put("demo", true).put("sequence", 9_000_000_000_000_000_000L));
        MirrorDispatcher hostile = mirror(HandMadeMirror.write(dir.resolve("hostile"), demoKey, 500, NOW,
                new HandMadeMirror.Listed("leak", 9_000_000_000_000_000_000L, "Test pack leak", true, squatter)));
        MirrorDispatcher real = mirror(publish("real", 100, NOW, PUBLISHER, leak5));

        UpdateSummary summary = update(confirmed(), address(hostile), address(real));

        assertThat(summary.catalogue().orElseThrow().publisherFingerprint()).isEqualTo(PUBLISHER.publicKey().fingerprint());
        assertThat(summary.packs()).extracting(PackOutcome::packId, PackOutcome::status).containsExactly(tuple("leak", Status.INSTALLED));
        assertThat(summary.mirrorProblems()).singleElement().extracting(UpdaterTest::inEnglish).asString()
                .contains("signed with the public demo key");
        assertThat(hostile.requestedPaths()).containsExactly("/catalogue.ecc");
        try (UpdateStateStore state = UpdateStateStore.open(data())) {
            assertThat(state.updatePublisher()).contains(PUBLISHER.publicKey());
        }
        assertThat(update(confirmed(), address(real)).complete()).as("a later update still works").isTrue();
    }

    /** The catalogue's signature binds an entry to bytes, not the bytes to the entry: a pack must be what its entry says. */
    @Test
    void aPackWhoseIdOrSequenceIsNotWhatItsEntryListsIsRefused() throws Exception {
        MirrorDispatcher mirror = mirror(HandMadeMirror.write(dir.resolve("mislabelled"), PUBLISHER, 100, NOW,
                new HandMadeMirror.Listed("other", 1, "Other", false, leak5),
                new HandMadeMirror.Listed("leak", 4, "Test pack leak", false, leak5)));

        UpdateSummary summary = update(confirmed(), address(mirror));

        assertThat(summary.packs()).extracting(PackOutcome::packId, PackOutcome::status)
                .containsExactly(tuple("other", Status.FAILED), tuple("leak", Status.FAILED));
        assertThat(summary.withStatus(Status.FAILED)).extracting(outcome -> outcome.reason().orElseThrow().inEnglish()).containsExactly(
                "The file is pack leak, sequence 5, not the pack other, sequence 1, that the catalogue lists; refused.",
                "The file is pack leak, sequence 5, not the pack leak, sequence 4, that the catalogue lists; refused.");
        assertThat(installed()).isEmpty();
    }

    @Test
    void aPackIdThatClimbsOutOfThePacksFolderIsRefusedThroughUpdateToo() throws Exception {
        byte[] escaping = ForgedPacks.resign(leak5, PUBLISHER, manifest -> manifest.put("id", "../../../escaped"));
        MirrorDispatcher mirror = mirror(HandMadeMirror.write(dir.resolve("escaping"), PUBLISHER, 100, NOW,
                new HandMadeMirror.Listed("leak", 5, "Test pack leak", false, escaping)));

        UpdateSummary summary = update(confirmed(), address(mirror));

        assertThat(summary.packs()).singleElement().satisfies(pack -> {
            assertThat(pack.status()).isEqualTo(Status.FAILED);
            assertThat(pack.reason().orElseThrow().inEnglish()).startsWith("The pack's id is not a valid pack id");
        });
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.startsWith("escaped"));
        }
    }

    /** A redirect to another server would send the person's request, and the fact that they update, where they did not choose. */
    @Test
    void aRedirectToAnotherServerIsNotFollowed() throws Exception {
        Path published = publish("m", 100, NOW, PUBLISHER, leak5);
        MirrorDispatcher elsewhere = mirror(published);
        MirrorDispatcher redirecting = mirror(published);
        String target = address(elsewhere).replace("localhost", "127.0.0.1") + "catalogue.ecc";
        redirecting.fault("/catalogue.ecc", new MirrorDispatcher.Redirect(target));

        UpdateSummary summary = update(confirmed(), address(redirecting));

        assertThat(summary.catalogue()).isEmpty();
        assertThat(summary.mirrorProblems()).singleElement().extracting(UpdaterTest::inEnglish).asString()
                .isEqualTo("The mirror sent the request on to another server (127.0.0.1); redirects to other servers are not followed.");
        assertThat(elsewhere.requests()).as("nothing was sent to the other server").isEmpty();
    }

    @Test
    void aRedirectWithinTheSameMirrorIsFollowed() throws Exception {
        MirrorDispatcher mirror = mirror(publish("m", 100, NOW, PUBLISHER, leak5));
        mirror.fault(LEAK_5, new MirrorDispatcher.Redirect(LEAK_5));

        assertThat(update(confirmed(), address(mirror)).complete()).isTrue();
        assertThat(mirror.requestedPaths()).containsExactly("/catalogue.ecc", LEAK_5, LEAK_5);
    }

    /** The attack of issue 10: a mirror that drips bytes just inside the read timeout kept an update going for ever. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aCatalogueThatDripsIsCutOffAtItsDeadlineAndTheNextMirrorIsAsked() throws Exception {
        Path published = publish("m", 100, NOW, PUBLISHER, leak5);
        MirrorDispatcher dripping = mirror(published);
        dripping.fault("/catalogue.ecc", new MirrorDispatcher.Drip(300));
        MirrorDispatcher good = mirror(published);

        UpdateSummary summary = update(confirmed(), address(dripping), address(good));

        assertThat(summary.complete()).isTrue();
        assertThat(summary.catalogue().orElseThrow().mirror()).isEqualTo(address(good));
        assertThat(summary.mirrorProblems()).singleElement().extracting(UpdaterTest::inEnglish).asString()
                .isEqualTo("The mirror was too slow: the transfer did not finish within 4 seconds, so it was cut off.");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aDownloadThatDripsIsCutOffAtItsDeadlineAndResumed() throws Exception {
        MirrorDispatcher mirror = mirror(publish("m", 100, NOW, PUBLISHER, leak5));
        mirror.fault(LEAK_5, new MirrorDispatcher.Drip(300));

        UpdateSummary summary = update(confirmed(), address(mirror));

        assertThat(summary.complete()).isTrue();
        assertThat(summary.mirrorProblems()).singleElement().extracting(UpdaterTest::inEnglish).asString()
                .startsWith("The mirror was too slow: the transfer did not finish within");
        List<RecordedRequest> packRequests = mirror.requests().stream().filter(r -> r.getUrl().encodedPath().equals(LEAK_5)).toList();
        assertThat(packRequests).hasSize(2);
        assertThat(packRequests.get(1).getHeaders().get("Range")).as("what dripped in is kept").matches("bytes=[1-9]\\d*-");
    }

    @Test
    void anUpdateNeedsAMirror() {
        assertThatThrownBy(() -> new Updater(data(), TestPacks.CLOCK, TestPacks.SCALED_MINIMUM).run(
                new UpdateRequest(List.of(), Optional.empty(), Timeouts.DEFAULT, Optional.empty()), UpdateProgress.NONE, new CancelSignal()))
                .isInstanceOf(UpdateException.class).hasMessage("No mirror is set up; give the address of one with --mirror URL.");
    }

    private Path data() {
        return dir.resolve("data");
    }

    private List<InstalledPack> installed() throws ExplainedException {
        try (PackStore store = PackStore.open(data())) {
            return store.installed();
        }
    }

    private Path publish(String name, long sequence, Instant at, SigningKey key, byte[]... packs) throws IOException, UpdateException {
        Path sources = Files.createDirectories(dir.resolve(name + "-sources-" + sequence));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < packs.length; i++) {
            files.add(Files.write(sources.resolve(i + ".ecpack"), packs[i]));
        }
        Path out = dir.resolve(name);
        MirrorPublisher.publish(out, key, files, Duration.ofDays(30), OptionalLong.of(sequence), at);
        return out;
    }

    private MirrorDispatcher mirror(Path published) throws IOException {
        MirrorDispatcher dispatcher = new MirrorDispatcher().serve(published);
        MockWebServer server = new MockWebServer();
        server.setDispatcher(dispatcher);
        server.start();
        servers.add(server);
        return dispatcher;
    }

    private String address(MirrorDispatcher dispatcher) {
        return servers.stream().filter(server -> server.getDispatcher() == dispatcher).findFirst().orElseThrow().url("/").toString();
    }

    private static Optional<PublisherConfirmation> confirmed() {
        return Optional.of(PublisherConfirmation.of(PUBLISHER.publicKey()));
    }

    private UpdateSummary update(Optional<PublisherConfirmation> confirmation, String... mirrors) throws UpdateException {
        return new Updater(data(), TestPacks.CLOCK, TestPacks.SCALED_MINIMUM).run(request(confirmation, mirrors), UpdateProgress.NONE, new CancelSignal());
    }

    private static UpdateRequest request(Optional<PublisherConfirmation> confirmation, String... mirrors) throws UpdateException {
        List<MirrorAddress> addresses = new ArrayList<>();
        for (String mirror : mirrors) {
            addresses.add(MirrorAddress.parse(mirror));
        }
        return new UpdateRequest(addresses, Optional.empty(), new Timeouts(Duration.ofSeconds(2), Duration.ofMillis(500)), confirmation);
    }

    private static String inEnglish(UpdateSummary.MirrorProblem problem) {
        return problem.reason().inEnglish();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
