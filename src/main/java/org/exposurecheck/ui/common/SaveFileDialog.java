package org.exposurecheck.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the person where to save a file. The app uses the system's dialog; a headless test cannot drive
 * a native dialog, so it puts a stand-in into the AppContext.
 */
@FunctionalInterface
public interface SaveFileDialog {
    SaveFileDialog SYSTEM = (owner, title, suggestedName, type) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(type);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    };

    /** The file the person chose, or empty if they cancelled. */
    Optional<Path> choose(Window owner, String title, String suggestedName, FileChooser.ExtensionFilter type);
}
