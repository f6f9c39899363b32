package org.exposurecheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.exposurecheck.match.KeyedLookupException;
import org.exposurecheck.match.KeyedLookups;
import org.exposurecheck.pack.KeyedBuild;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.store.UpdateStateStore;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import org.exposurecheck.update.KeyedServiceLookups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's side of keyed consent: what the Datasets screen offers, and which lookups a check gets for each answer. */
class KeyedConsentTest {
    @TempDir
    Path data;
    KeyedConsent consent;
    List<Pack> packs;

    @BeforeEach
    void installAKeyedPack() throws Exception {
        SigningKey publisher = SigningKey.generate(new SecureRandom());
        byte[] pack = TestPacks.buildKeyed(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("keyed", 1), publisher,
                new KeyedBuild(VoprfPrivateKey.generate(new SecureRandom()), "https://lookup.example.org:8443/", TestPacks.CHEAP_KDF, 150_000)).pack();
        try (PackStore store = PackStore.open(data)) {
            store.install(pack, Optional.of(publisher.publicKey()), TestPacks.NOW);
            packs = store.load(TestPacks.NOW).packs();
        }
        consent = new KeyedConsent(data, TestPacks.CLOCK);
    }

    @Test
    void theOfferNamesTheServiceAndItsLimitAndIsOffUntilAllowed() throws Exception {
        assertThat(consent.offers()).containsExactly(new KeyedConsent.Offer("keyed", "Test pack keyed", "lookup.example.org:8443", 150_000, false));

        consent.allow("keyed", true);
        assertThat(new KeyedConsent(data, TestPacks.CLOCK).offers()).extracting(KeyedConsent.Offer::allowed).containsExactly(true);
        consent.allow("keyed", false);
        assertThat(consent.offers()).extracting(KeyedConsent.Offer::allowed).containsExactly(false);
    }

    @Test
    void withoutConsentACheckGetsLookupsThatCannotConnect() throws Exception {
        try (KeyedConsent.Lookups lookups = consent.lookupsFor(packs, new CancelSignal())) {
            assertThat(lookups.lookups()).isSameAs(KeyedLookups.OFF);
        }
        consent.allow("keyed", true);
        try (KeyedConsent.Lookups lookups = consent.lookupsFor(packs, new CancelSignal())) {
            assertThat(lookups.lookups()).as("positive control: with consent, real lookups").isInstanceOf(KeyedServiceLookups.class);
            assertThat(lookups.lookups().allowed(packs.get(0))).isTrue();
        }
    }

    /** Someone who set Tor must never be looked up around it: an unreadable proxy setting fails the lookup with its sentence. */
    @Test
    void anUnreadableProxySettingFailsTheAllowedLookupsInsteadOfConnectingDirectly() throws Exception {
        consent.allow("keyed", true);
        try (UpdateStateStore state = UpdateStateStore.open(data)) {
            state.saveSetting("update.proxy", Optional.of("not a proxy"));
        }

        try (KeyedConsent.Lookups lookups = consent.lookupsFor(packs, new CancelSignal())) {
            assertThat(lookups.lookups()).isNotInstanceOf(KeyedServiceLookups.class);
            assertThat(lookups.lookups().allowed(packs.get(0))).isTrue();
            assertThatThrownBy(() -> lookups.lookups().prf(packs.get(0).keyedTier().orElseThrow()).outputs(List.of(new byte[32])))
                    .isInstanceOfSatisfying(KeyedLookupException.class, failed -> assertThat(failed.sentence().inEnglish())
                            .isEqualTo("The saved update settings in " + data + " are damaged; set them again."));
        }
    }
}
