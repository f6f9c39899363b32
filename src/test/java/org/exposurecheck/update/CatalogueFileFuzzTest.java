package org.exposurecheck.update;

import static org.assertj.core.api.Assertions.assertThat;

import org.exposurecheck.testsupport.FuzzSeeds;
import org.exposurecheck.testsupport.HostileInputTest;
import org.exposurecheck.testsupport.Resigned;

/**
 * The catalogue reader takes any bytes a mirror serves: a catalogue of well-formed entries comes back, or
 * the reader refuses with one of its own sentences (docs/fuzzing.md). Each input is read as it is and
 * signed over by a publisher, so the JSON behind the signature check is fuzzed too.
 */
class CatalogueFileFuzzTest {
    @HostileInputTest
    void catalogueIsReadOrRefused(byte[] input) {
        openOrRefuse(input);
        openOrRefuse(Resigned.catalogue(input, FuzzSeeds.PUBLISHER));
    }

    private static void openOrRefuse(byte[] file) {
        CatalogueFile.Signed signed;
        try {
            signed = CatalogueFile.open(file);
        } catch (UpdateException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        Catalogue catalogue = signed.catalogue();
        assertThat(catalogue.created()).isNotNull();
        assertThat(catalogue.expires()).isNotNull();
        for (Catalogue.Entry entry : catalogue.packs()) {
            assertThat(entry.id()).isNotNull();
            assertThat(entry.file()).isNotNull();
            assertThat(entry.expires()).isNotNull();
        }
    }
}
