package org.exposurecheck.report;

import java.util.List;

/**
 * The results of one check as a document a clinic can hand over, in the person's language: what was
 * found, what to do, whom to ask, what was and was not checked. It names kinds of details only
 * ("phone number"), never a value the person typed, so a forgotten printout re-doxes no one.
 */
public record PrintedSummary(String title, List<Block> blocks) {
    public PrintedSummary {
        blocks = List.copyOf(blocks);
    }

    /** One paragraph of the document; {@link Style} says how it is set. */
    public record Block(Style style, String text) {
    }

    public enum Style {
        /** A section heading. */
        HEADING,
        /** A heading within a section, such as one dataset or one kind of detail. */
        SUBHEADING,
        BODY,
        /** One step of a list, set with a bullet. */
        BULLET,
        /** Small print: how the document was made, what it leaves out. */
        NOTE
    }
}
