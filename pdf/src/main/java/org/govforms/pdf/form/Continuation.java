package org.govforms.pdf.form;

/**
 * Text that continues on the continuation sheet: its part and question as the sheet prints them, and what
 * it continues, so that a reader puts it back: {@code box:<field>} appends to that box's text,
 * {@code rows:<pointer>} holds rows of the array at the pointer, {@code values:<field>\n<field>...} holds
 * one line ("where: value") per one-line box, in that order, whose whole value replaces what the box shows.
 * Null for the record's own entries.
 */
record Continuation(String part, String question, String text, String continues) {

    static final String BOX = "box:";
    static final String ROWS = "rows:";
    static final String VALUES = "values:";
    static final String LINE_BREAK = "\n";
    /** Between where a line's value belongs and the value. */
    static final String WHERE = ": ";
}
