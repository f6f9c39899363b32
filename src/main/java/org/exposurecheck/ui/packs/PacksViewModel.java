package org.exposurecheck.ui.packs;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.PublisherKey;
import org.exposurecheck.store.IndexDamagedException;
import org.exposurecheck.store.IndexRebuild;
import org.exposurecheck.app.IndexRepair;
import org.exposurecheck.store.InstalledPack;
import org.exposurecheck.app.KeyedConsent;
import org.exposurecheck.app.PackLibrary;
import org.exposurecheck.ui.common.I18n;

/**
 * Installed packs, and the import flow: open a file → show who signed it → the person confirms the
 * fingerprint → install and pin. Every failure becomes the status sentence; nothing half-installs.
 */
public final class PacksViewModel {
    private final PackLibrary library;
    private final I18n i18n;
    private final ObservableList<InstalledPack> installed = FXCollections.observableArrayList();
    private final ObservableList<KeyedConsent.Offer> keyedOffers = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty indexDamaged = new SimpleBooleanProperty();

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

    /** Installed packs that hold details only for online lookup, with the person's answer for each. */
    public ObservableList<KeyedConsent.Offer> keyedOffers() {
        return keyedOffers;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** True while the list of installed packs is damaged: the screen then offers to rebuild it from the pack files. */
    public BooleanProperty indexDamagedProperty() {
        return indexDamaged;
    }

    public void refresh() {
        try {
            installed.setAll(library.installed());
            indexDamaged.set(false);
            keyedOffers.setAll(library.keyedConsent().offers());
        } catch (IndexDamagedException damaged) {
            installed.clear();
            keyedOffers.clear();
            indexDamaged.set(true);
        } catch (ExplainedException unreadable) {
            say(unreadable);
        }
    }

    /** Reads what the damaged list still holds and the pack files; null (and the reason as status) if that fails. */
    public IndexRepair prepareRebuild() {
        try {
            return library.prepareRebuild();
        } catch (ExplainedException failed) {
            say(failed);
            return null;
        }
    }

    /** Rebuilds the list once the person has confirmed, or not, each publisher the damaged list no longer vouches for. */
    public void rebuild(IndexRepair repair, List<PublisherKey> confirmedPublishers) {
        try {
            IndexRebuild.Result result = library.rebuild(repair, confirmedPublishers);
            refresh();
            status.set(RebuildSummaryText.of(result, i18n));
        } catch (ExplainedException failed) {
            say(failed);
        }
    }

    /** Reads a pack file; on failure sets the status sentence and returns null. */
    public Candidate open(Path file) {
        try {
            byte[] bytes = library.read(file);
            return new Candidate(bytes, library.inspect(bytes));
        } catch (ExplainedException invalid) {
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
        } catch (ExplainedException refused) {
            say(refused);
            return null;
        }
    }

    /** Records the person's answer for one pack; on failure the reason is the status and the offers show what is stored. */
    public void allowKeyed(KeyedConsent.Offer offer, boolean allowed) {
        try {
            library.keyedConsent().allow(offer.packId(), allowed);
        } catch (ExplainedException failed) {
            say(failed);
        }
        refresh();
    }

    public void remove(InstalledPack pack) {
        try {
            library.remove(pack.id());
            refresh();
        } catch (ExplainedException failed) {
            say(failed);
        }
    }

    private void say(ExplainedException failure) {
        status.set(failure.message(i18n.locale()));
    }
}
