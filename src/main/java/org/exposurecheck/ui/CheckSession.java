package org.exposurecheck.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.store.SkippedPack;
import org.exposurecheck.ui.form.FormViewModel;

/**
 * Everything the person typed and the answer they got, in memory only. {@link #clear()} drops it all:
 * on a new check, on quick exit, and when the window closes.
 */
public final class CheckSession {
    private final FormViewModel form;
    private final ObjectProperty<ExposureReport> report = new SimpleObjectProperty<>();
    private final ObjectProperty<List<SkippedPack>> skippedPacks = new SimpleObjectProperty<>(List.of());

    CheckSession(Normaliser normaliser) {
        this.form = new FormViewModel(normaliser);
    }

    public FormViewModel form() {
        return form;
    }

    public ObjectProperty<ExposureReport> reportProperty() {
        return report;
    }

    /** Installed packs the last check had to leave out, with the reason. */
    public ObjectProperty<List<SkippedPack>> skippedPacksProperty() {
        return skippedPacks;
    }

    public void clear() {
        report.set(null);
        skippedPacks.set(List.of());
        form.clear();
    }
}
