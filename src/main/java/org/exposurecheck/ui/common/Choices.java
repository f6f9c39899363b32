package org.exposurecheck.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows the values of a choice box through a function (usually a bundle lookup); the list is read-only. */
public final class Choices {
    private Choices() {
    }

    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("a read-only choice");
            }
        };
    }
}
