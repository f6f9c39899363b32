package org.exposurecheck.base;

/**
 * Text that came from a pack, a catalogue or a file name, made safe to show: on a terminal, in JSON, on
 * screen and in a PDF. A signed pack is still someone else's text: an escape sequence in a label could
 * rewrite the terminal ("a fake line"), a bidirectional override could reverse what a person reads, and a
 * control character has no glyph in the PDF's font. So control, format (bidi, zero-width), separator and
 * private-use characters and unpaired surrogates are dropped, runs of white space become one space, and
 * the text is cut to {@value #MAX_CODE_POINTS} code points.
 */
public final class DisplayText {
    /** Labels are at most 200 UTF-8 bytes; titles and file names a little longer than anyone reads on one line. */
    static final int MAX_CODE_POINTS = 200;

    private DisplayText() {
    }

    /** The text without anything that is not plain visible text; null stays null. */
    public static String clean(String text) {
        return clean(text, MAX_CODE_POINTS);
    }

    /** As {@link #clean(String)}, cut to {@code maxCodePoints} (a sentence's argument may be a longer explanation). */
    public static String clean(String text, int maxCodePoints) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(text.length(), maxCodePoints));
        int kept = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length() && kept < maxCodePoints; ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                pendingSpace = clean.length() > 0;
                continue;
            }
            if (!visible(codePoint)) {
                continue;
            }
            if (pendingSpace) {
                clean.append(' ');
                kept++;
                pendingSpace = false;
            }
            clean.appendCodePoint(codePoint);
            kept++;
        }
        return clean.toString();
    }

    private static boolean visible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
