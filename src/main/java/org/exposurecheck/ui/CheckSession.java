package org.exposurecheck.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.ui.form.FormViewModel;

/**
 * Everything the person typed and the answer they got, in memory only. {@link #clear()} drops it all:
 * on a new check, on quick exit, and when the window closes.
 */
public final class CheckSession {
    private final FormViewModel form;
    private final ObjectProperty<ExposureReport> report = new SimpleObjectProperty<>();

    CheckSession(Normaliser normaliser) {
        this.form = new FormViewModel(normaliser);
    }

    public FormViewModel form() {
        return form;
    }

    public ObjectProperty<ExposureReport> reportProperty() {
        return report;
    }

    public void clear() {
        report.set(null);
        form.clear();
    }
}
