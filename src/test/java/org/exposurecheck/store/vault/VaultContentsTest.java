package org.exposurecheck.store.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.junit.jupiter.api.Test;

/** The contents as the person changes them, and their encoding inside the encryption. */
class VaultContentsTest {
    private static final Path FILE = Path.of("vault.ecvault");

    @Test
    void labelsAreRequiredUniqueAndTheOnlyWayToFindAProfile() throws Exception {
        VaultContents one = VaultContents.EMPTY.withAdded(SavedProfile.added("me", List.of(new Identifier(IdentifierType.PHONE, "9123 4567")), List.of()));
        assertThatThrownBy(() -> one.withAdded(SavedProfile.added(" ", List.of(), List.of()))).hasMessageContaining("needs a label");
        assertThatThrownBy(() -> one.withAdded(SavedProfile.added("me", List.of(), List.of())))
                .hasMessage("A saved profile already has that label; choose another one.");
        assertThatThrownBy(() -> one.without("mum")).hasMessage("No saved profile has that label.");
        assertThat(one.without("me")).isEqualTo(VaultContents.EMPTY);
        SavedProfile ticked = one.profile("me").orElseThrow().withChecklist(Checklist.EMPTY.tick(IdentifierType.PHONE, 1));
        assertThat(one.withReplaced(ticked).profile("me").orElseThrow().checklist().ticked(IdentifierType.PHONE)).containsExactly(1);
    }

    @Test
    void checklistStepsAreTickedAndUnticked() {
        Checklist list = Checklist.EMPTY.tick(IdentifierType.HKID, 3).tick(IdentifierType.HKID, 1).tick(IdentifierType.PHONE, 2);
        assertThat(list.ticked(IdentifierType.HKID)).containsExactly(1, 3);
        Checklist undone = list.untick(IdentifierType.PHONE, 2);
        assertThat(undone.ticked(IdentifierType.PHONE)).isEmpty();
        assertThat(undone.ticked()).containsOnlyKeys(IdentifierType.HKID);
        assertThatThrownBy(() -> Checklist.EMPTY.tick(IdentifierType.HKID, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contentsSurviveEncodingWithEveryFieldAndArePaddedToWholeBlocks() throws Exception {
        VaultContents contents = VaultFileTest.someContents()
                .withAdded(SavedProfile.added("媽媽", List.of(new Identifier(IdentifierType.NAME, "陳美玲")), List.of()));
        byte[] plaintext = VaultContentsCodec.encode(contents);
        assertThat(plaintext.length % VaultContentsCodec.PADDING_BLOCK).isZero();
        assertThat(VaultContentsCodec.decode(plaintext, FILE)).isEqualTo(contents);
    }

    @Test
    void contentsOfALaterFormatAskForAnUpdateAndMalformedOnesAreRefused() {
        assertThatThrownBy(() -> VaultContentsCodec.decode(framed("{\"format\": 2, \"profiles\": []}"), FILE))
                .hasMessageContaining("saved by a newer version");
        assertThatThrownBy(() -> VaultContentsCodec.decode(framed("{\"format\": 1, \"profiles\": [{\"identifiers\": []}]}"), FILE))
                .hasMessageContaining("is damaged");
        assertThatThrownBy(() -> VaultContentsCodec.decode(framed("{\"format\": 1, \"profiles\": [{\"label\": \"a\","
                + " \"identifiers\": [{\"type\": \"shoe size\", \"value\": \"9\"}]}]}"), FILE)).hasMessageContaining("is damaged");
        assertThatThrownBy(() -> VaultContentsCodec.decode(new byte[] {0, 0, 16, 0, '{'}, FILE)).hasMessageContaining("is damaged");
    }

    @Test
    void nothingThatHoldsPersonalValuesPrintsThem() throws Exception {
        VaultContents contents = VaultFileTest.someContents();
        SavedProfile profile = contents.profiles().get(0);
        assertThat(contents.toString()).doesNotContain("me").contains("redacted");
        assertThat(profile.toString()).doesNotContain(profile.identifiers().get(0).value()).contains("redacted");
    }

    private static byte[] framed(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return java.nio.ByteBuffer.allocate(4 + bytes.length).putInt(bytes.length).put(bytes).array();
    }
}
