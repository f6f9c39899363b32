package org.exposurecheck.ui.common;

import javafx.scene.control.Label;

/** A label that wraps its text at the width it is given: screens built in code use it for every sentence. */
public final class WrappedLabel {
    private WrappedLabel() {
    }

    /** {@code styleClasses}: the CSS classes to add, none for plain text. */
    public static Label of(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }
}
