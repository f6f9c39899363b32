package org.exposurecheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.keyedservice.KeyedService;
import org.exposurecheck.keyedservice.RateLimits;
import org.exposurecheck.keyedservice.ServiceSettings;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.KeyedBuild;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.token.keyed.VoprfEvaluator;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import org.exposurecheck.update.KeyedServiceLookups;
import org.exposurecheck.update.Timeouts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's per-pack consent to keyed lookups, stored with the installed pack: a check asks only the services of packs
 * the person agreed to, for the service and key they agreed to; removing the pack forgets the consent.
 */
class KeyedConsentTest {
    private static final Profile TEACHER = new Profile("teacher", List.of(new Identifier(IdentifierType.NAME, "Mary WONG Ka Yan"),
            new Identifier(IdentifierType.EMAIL, "ka.yan.wong@gmail.com")));

    @TempDir
    Path dir;

    private final SecureRandom random = new SecureRandom();
    private final SigningKey publisher = SigningKey.generate(random);
    private final VoprfPrivateKey serviceKey = VoprfPrivateKey.generate(random);
    private KeyedService service;

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void onlyConsentedPacksAreLookedUpAndConsentFollowsTheServiceAndKey() throws Exception {
        service = KeyedService.start(new ServiceSettings("127.0.0.1", 0, 2, ServiceSettings.DEFAULT_MAX_BATCH, RateLimits.DEFAULT, false,
                Duration.ofSeconds(1)), new VoprfEvaluator(serviceKey, random));
        String url = "http://127.0.0.1:" + service.address().getPort() + "/";
        try (PackStore store = PackStore.open(dir.resolve("data"))) {
            install(store, 1, serviceKey, url);
            Pack pack = store.load(TestPacks.NOW).packs().get(0);

            assertThat(store.keyedConsent(pack)).isFalse();
            ExposureReport withoutConsent = check(store);
            assertThat(withoutConsent.exposed()).isFalse();
            assertThat(withoutConsent.keyedGaps()).singleElement().satisfies(gap -> assertThat(gap.notAllowed()).isTrue());

            store.setKeyedConsent(pack, true);
            ExposureReport withConsent = check(store);
            assertThat(withConsent.exposed()).as("positive control: with consent the keyed pair is found").isTrue();
            assertThat(withConsent.keyedGaps()).isEmpty();

            install(store, 2, VoprfPrivateKey.generate(random), url);
            assertThat(store.keyedConsent(store.load(TestPacks.NOW).packs().get(0)))
                    .as("a new version naming another key asks again").isFalse();

            store.setKeyedConsent(store.load(TestPacks.NOW).packs().get(0), true);
            store.remove(pack.manifest().id());
            install(store, 3, serviceKey, url);
            assertThat(store.keyedConsent(store.load(TestPacks.NOW).packs().get(0))).as("removing a pack forgets its consent").isFalse();
        }
    }

    private void install(PackStore store, long sequence, VoprfPrivateKey key, String url) throws Exception {
        KeyedBuild keyed = new KeyedBuild(key, url, TestPacks.CHEAP_KDF, 200_000);
        byte[] pack = TestPacks.buildKeyed(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("keyed", sequence), publisher,
                keyed).pack();
        store.install(pack, Optional.of(publisher.publicKey()), TestPacks.NOW);
    }

    /** A check as the app makes it: keyed lookups for the packs with the person's consent, and no others. */
    private static ExposureReport check(PackStore store) throws Exception {
        List<Pack> packs = store.load(TestPacks.NOW).packs();
        Set<Pack> consented = new HashSet<>();
        for (Pack pack : packs) {
            if (store.keyedConsent(pack)) {
                consented.add(pack);
            }
        }
        try (TokenDeriver deriver = new TokenDeriver(2);
             KeyedServiceLookups lookups = new KeyedServiceLookups(Optional.empty(), Timeouts.DEFAULT, new CancelSignal(), consented::contains)) {
            return new MatchEngine(new Normaliser(TestPacks.CLOCK), deriver).check(TEACHER, packs, lookups, Progress.NONE, new CancelSignal());
        }
    }
}
