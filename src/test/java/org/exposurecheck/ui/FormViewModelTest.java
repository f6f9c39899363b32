package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.identity.Note;
import org.exposurecheck.identity.Problem;
import org.exposurecheck.match.Profile;
import org.exposurecheck.ui.shared.EntryRow;
import org.exposurecheck.ui.shared.FormViewModel;
import org.junit.jupiter.api.Test;

class FormViewModelTest {
    private final FormViewModel form = new FormViewModel(new Normaliser());

    private EntryRow row(IdentifierType type) {
        return form.rows().stream().filter(r -> r.type() == type).findFirst().orElseThrow();
    }

    @Test
    void aCheckNeedsReadableDetailsOfTwoKinds() {
        assertThat(form.canCheck().get()).isFalse();
        row(IdentifierType.PHONE).valueProperty().set("9123 4567");
        assertThat(form.canCheck().get()).as("one kind cannot match: datasets hold pairs").isFalse();
        row(IdentifierType.HKID).valueProperty().set("A123456(4)");
        assertThat(form.canCheck().get()).as("an unreadable HKID does not count").isFalse();
        assertThat(row(IdentifierType.HKID).problemProperty().get()).isEqualTo(Problem.HKID_CHECK_DIGIT);
        row(IdentifierType.NAME).valueProperty().set("陳大文");
        assertThat(form.canCheck().get()).isTrue();
    }

    @Test
    void problemsShowOnlyOnceTheFieldWasLeft() {
        EntryRow hkid = row(IdentifierType.HKID);
        hkid.valueProperty().set("A123");
        assertThat(hkid.showsProblem().get()).isFalse();
        hkid.touchedProperty().set(true);
        assertThat(hkid.showsProblem().get()).isTrue();
        hkid.valueProperty().set("A123456(3)");
        assertThat(hkid.showsProblem().get()).isFalse();
    }

    @Test
    void aPhoneNotKnownAsAssignedIsReadableAndCarriesANoteNotAProblem() {
        EntryRow phone = row(IdentifierType.PHONE);
        phone.valueProperty().set("9912 3456");
        phone.touchedProperty().set(true);
        assertThat(phone.isReadable()).isTrue();
        assertThat(phone.showsProblem().get()).isFalse();
        assertThat(phone.showsNote().get()).isTrue();
        assertThat(phone.noteProperty().get()).isEqualTo(Note.PHONE_NOT_KNOWN_ASSIGNED);
        phone.valueProperty().set("9123 4567");
        assertThat(phone.showsNote().get()).as("a number known as assigned").isFalse();
    }

    @Test
    void theProfileHoldsEveryNonEmptyRowAndClearingEmptiesEverything() {
        form.addRow(IdentifierType.PHONE).valueProperty().set("6234 5678");
        row(IdentifierType.PHONE).valueProperty().set("9123 4567");
        row(IdentifierType.HKID).valueProperty().set("A123456(4)");
        Profile profile = form.toProfile();
        assertThat(profile.identifiers()).extracting(Identifier::type)
                .containsExactly(IdentifierType.PHONE, IdentifierType.PHONE, IdentifierType.HKID);
        form.clear();
        assertThat(form.rows()).allMatch(EntryRow::isEmpty).hasSize(6);
        assertThat(form.toProfile().identifiers()).isEmpty();
    }

    @Test
    void aPersonaFillsTheFormAddingRowsAsNeeded() {
        form.fill(new Profile("p", List.of(new Identifier(IdentifierType.HANDLE, "@someone"),
                new Identifier(IdentifierType.NAME, "Chan Tai Man"), new Identifier(IdentifierType.NAME, "陳大文"))));
        assertThat(form.rows().stream().filter(r -> r.type() == IdentifierType.NAME).map(r -> r.valueProperty().get()))
                .containsExactly("Chan Tai Man", "陳大文");
        assertThat(row(IdentifierType.HANDLE).valueProperty().get()).isEqualTo("@someone");
    }
}
