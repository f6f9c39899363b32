package org.exposurecheck.ui.shell;

import javafx.beans.property.BooleanProperty;

/** What a screen may ask of the window around it. */
public interface Navigator {
    void show(Screen screen);

    /** Clears everything the person entered and saw, and closes the window at once. */
    void quickExit();

    /** On: checks use the bundled fictional demo pack, and demo personas can fill the form. */
    BooleanProperty demoModeProperty();
}
