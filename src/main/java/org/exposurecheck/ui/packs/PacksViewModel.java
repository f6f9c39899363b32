package org.exposurecheck.ui.packs;

import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exposurecheck.pack.PackBytes;
import org.exposurecheck.pack.PackException;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.store.InstalledPack;
import org.exposurecheck.ui.PackLibrary;
import org.exposurecheck.ui.common.I18n;

/**
 * Installed packs, and the import flow: open a file → show who signed it → the person confirms the
 * fingerprint → install and pin. Every failure becomes the status sentence; nothing half-installs.
 */
public final class PacksViewModel {
    private final PackLibrary library;
    private final I18n i18n;
    private final ObservableList<InstalledPack> installed = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");

    /** A pack file read and signature-checked, waiting for the person's decision. */
    public record Candidate(byte[] bytes, PackFile.Signed signed) {
    }

    public PacksViewModel(PackLibrary library, I18n i18n) {
        this.library = library;
        this.i18n = i18n;
    }

    public ObservableList<InstalledPack> installed() {
        return installed;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public void refresh() {
        try {
            installed.setAll(library.installed());
        } catch (PackException unreadable) {
            say(unreadable);
        }
    }

    /** Reads a pack file; on failure sets the status sentence and returns null. */
    public Candidate open(Path file) {
        try {
            byte[] bytes = PackBytes.read(file);
            return new Candidate(bytes, library.inspect(bytes));
        } catch (PackException invalid) {
            say(invalid);
        }
        return null;
    }

    /** Installs after the person confirmed the publisher's fingerprint; null (and the reason as status) if refused. */
    public InstalledPack install(Candidate candidate) {
        try {
            InstalledPack pack = library.install(candidate.bytes(), candidate.signed().publisher());
            refresh();
            return pack;
        } catch (PackException refused) {
            say(refused);
            return null;
        }
    }

    public void remove(InstalledPack pack) {
        try {
            library.remove(pack.id());
            refresh();
        } catch (PackException failed) {
            say(failed);
        }
    }

    private void say(PackException failure) {
        status.set(failure.message(i18n.locale()));
    }
}
