package org.exposurecheck.ui.shell;

import java.nio.file.Path;

/**
 * The screen that imports a pack file the app was asked to open. The window knows the screen by this alone, so the
 * shell does not depend on the packs screen that depends on it.
 */
public interface PackImporter {
    /** The import flow for {@code file}, from showing who signed it onwards. */
    void importFile(Path file);
}
