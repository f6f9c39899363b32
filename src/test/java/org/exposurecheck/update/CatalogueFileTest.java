package org.exposurecheck.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.exposurecheck.pack.SigningKey;
import org.junit.jupiter.api.Test;

class CatalogueFileTest {
    private static final SigningKey KEY = SigningKey.generate(new SecureRandom());
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aSignedCatalogueOpensAsWritten() throws UpdateException {
        Catalogue catalogue = catalogue(entry("leak", "packs/leak-5.ecpack"), entry("other", "packs/other-1.ecpack"));

        CatalogueFile.Signed opened = CatalogueFile.open(CatalogueFile.write(catalogue, KEY));

        assertThat(opened.publisher()).isEqualTo(KEY.publicKey());
        assertThat(opened.catalogue()).isEqualTo(catalogue);
    }

    @Test
    void everySingleFlippedBitIsRefused() {
        byte[] file = CatalogueFile.write(catalogue(entry("leak", "packs/leak-5.ecpack")), KEY);
        for (int i = 0; i < file.length; i++) {
            byte[] damaged = file.clone();
            damaged[i] ^= 0x04;
            int position = i;
            assertThatThrownBy(() -> CatalogueFile.open(damaged)).as("bit flipped at byte %d", position).isInstanceOf(UpdateException.class);
        }
    }

    @Test
    void aTruncatedOrOversizedFileIsRefused() {
        byte[] file = CatalogueFile.write(catalogue(entry("leak", "packs/leak-5.ecpack")), KEY);
        assertThatThrownBy(() -> CatalogueFile.open(Arrays.copyOf(file, file.length - 1))).hasMessage("The catalogue is damaged or incomplete.");
        assertThatThrownBy(() -> CatalogueFile.open(Arrays.copyOf(file, CatalogueFile.MAX_BYTES + 1)))
                .hasMessage("The catalogue is damaged or incomplete.");
        assertThatThrownBy(() -> CatalogueFile.open("<html>blocked</html>".getBytes()))
                .hasMessage("The file served as the catalogue is not an Exposure Check catalogue.");
    }

    @Test
    void aSignedCatalogueThatPointsOutsideItsPacksFolderIsRefused() {
        for (String file : List.of("packs/../../.bashrc.ecpack", "../leak.ecpack", "packs/sub/leak.ecpack", "/etc/leak.ecpack",
                "https://elsewhere.example/packs/leak.ecpack", "packs/leak.exe")) {
            byte[] signed = CatalogueFile.write(catalogue(entry("leak", file)), KEY);
            assertThatThrownBy(() -> CatalogueFile.open(signed)).as(file)
                    .hasMessage("The catalogue's list of packs is malformed, so none of it is used.");
        }
    }

    @Test
    void aSignedCatalogueListingOnePackTwiceIsRefused() {
        byte[] signed = CatalogueFile.write(catalogue(entry("leak", "packs/leak-5.ecpack"), entry("leak", "packs/leak-6.ecpack")), KEY);
        assertThatThrownBy(() -> CatalogueFile.open(signed)).hasMessageContaining("malformed");
    }

    private static Catalogue catalogue(Catalogue.Entry... entries) {
        return new Catalogue(Catalogue.FORMAT, KEY.publicKey().idHex(), 7, NOW, NOW.plus(Duration.ofDays(30)), List.of(entries));
    }

    private static Catalogue.Entry entry(String id, String file) {
        return new Catalogue.Entry(id, "Title of " + id, 5, 1234, "ab".repeat(32), file, NOW.plus(Duration.ofDays(30)), false);
    }
}
