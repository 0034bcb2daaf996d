package org.govforms.pdf.form;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * How much of a text a box shows: a one-line box as wide as the text at its font size, a multi-line box as
 * many lines as PDFBox wraps into its height. What does not fit is cut at a character (the rest continues
 * elsewhere, so the two parts joined are the value). Measured a little short of the box, so that what is
 * said to fit is never clipped.
 */
final class BoxRoom {

    private static final float PADDING = 2.5f;

    private BoxRoom() {
    }

    /** How many characters of the text the box shows, from the start. */
    static int fits(String text, PDRectangle box, boolean multiline, int maxLength, PDFont font, float fontSize) {
        int fit = multiline ? fitsLines(text, box, font, fontSize) : fitsWidth(text, box.getWidth() - 2 * PADDING, font, fontSize);
        return maxLength > 0 ? Math.min(fit, maxLength) : fit;
    }

    static float width(String text, PDFont font, float fontSize) {
        try {
            return font.getStringWidth(text.replace('\n', ' ').replace('\r', ' ')) * fontSize / 1000f;
        } catch (IOException e) {
            throw new IllegalStateException("cannot measure text in the form's font", e);
        }
    }

    private static int fitsWidth(String text, float room, PDFont font, float fontSize) {
        if (width(text, font, fontSize) <= room) {
            return text.length();
        }
        int fit = 0;
        while (fit < text.length()) {
            int next = text.offsetByCodePoints(fit, 1);
            if (width(text.substring(0, next), font, fontSize) > room) {
                break;
            }
            fit = next;
        }
        return fit;
    }

    /** Wraps at word breaks as PDFBox does, and counts the characters of the lines the height holds. */
    private static int fitsLines(String text, PDRectangle box, PDFont font, float fontSize) {
        float room = box.getWidth() - 2 * PADDING - fontSize;
        float leading = leading(font, fontSize);
        int lines = Math.max(1, (int) Math.floor((box.getHeight() - 2 * PADDING) / leading) - 1);
        int used = 0;
        int start = 0;
        while (start < text.length()) {
            int end = lineEnd(text, start, room, font, fontSize);
            used++;
            if (used == lines) {
                return end;
            }
            start = end;
        }
        return text.length();
    }

    private static float leading(PDFont font, float fontSize) {
        try {
            return font.getBoundingBox().getHeight() * fontSize / 1000f;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the font's bounding box", e);
        }
    }

    /** Where the line that starts at {@code start} ends (after its break: a newline or the space it wraps at). */
    private static int lineEnd(String text, int start, float room, PDFont font, float fontSize) {
        int newline = text.indexOf('\n', start);
        int paragraphEnd = newline < 0 ? text.length() : newline;
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(text.substring(start, paragraphEnd));
        int end = 0;
        for (int next = breaks.next(); next != BreakIterator.DONE; next = breaks.next()) {
            if (width(text.substring(start, start + next).stripTrailing(), font, fontSize) > room) {
                break;
            }
            end = next;
        }
        if (end == 0) {
            // one word longer than the line: cut it where it stops fitting
            end = Math.max(1, fitsWidth(text.substring(start, paragraphEnd), room, font, fontSize));
        }
        int lineEnd = start + end;
        return lineEnd == paragraphEnd && newline >= 0 ? lineEnd + 1 : lineEnd;
    }
}
