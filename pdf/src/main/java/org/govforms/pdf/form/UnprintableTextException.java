package org.govforms.pdf.form;

/**
 * A value the official form cannot print (a script that needs shaping, characters no shipped font has). It
 * names where the value is in the record, never the value.
 */
public final class UnprintableTextException extends RuntimeException {

    private final String pointer;

    public UnprintableTextException(String pointer, String why) {
        super("The value at " + pointer + " " + why + ".");
        this.pointer = pointer;
    }

    public String pointer() {
        return pointer;
    }
}
