package org.govforms.pdf.form;

/**
 * Text that continues on the continuation sheet: its part and question as the sheet prints them, and what
 * it continues, so that a reader puts it back: {@code box:<field>} appends to that box's text,
 * {@code rows:<pointer>} holds rows of the array at the pointer. Null for the record's own entries.
 */
record Continuation(String part, String question, String text, String continues) {

    static final String BOX = "box:";
    static final String ROWS = "rows:";
}
