package org.exposurecheck.ui.packs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exposurecheck.pack.PackException;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.store.InstalledPack;
import org.exposurecheck.ui.PackLibrary;

/**
 * Installed packs, and the import flow: open a file → show who signed it → the person confirms the
 * fingerprint → install and pin. Every failure becomes the status sentence; nothing half-installs.
 */
public final class PacksViewModel {
    private final PackLibrary library;
    private final ObservableList<InstalledPack> installed = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");

    /** A pack file read and signature-checked, waiting for the person's decision. */
    public record Candidate(byte[] bytes, PackFile.Signed signed) {
    }

    public PacksViewModel(PackLibrary library) {
        this.library = library;
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
            status.set(unreadable.getMessage());
        }
    }

    /** Reads a pack file; on failure sets the status sentence and returns null. */
    public Candidate open(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new Candidate(bytes, library.inspect(bytes));
        } catch (IOException unreadable) {
            status.set(unreadable.getMessage() == null ? file.toString() : unreadable.getMessage());
        } catch (PackException invalid) {
            status.set(invalid.getMessage());
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
            status.set(refused.getMessage());
            return null;
        }
    }

    public void remove(InstalledPack pack) {
        try {
            library.remove(pack.id());
            refresh();
        } catch (PackException failed) {
            status.set(failed.getMessage());
        }
    }
}
