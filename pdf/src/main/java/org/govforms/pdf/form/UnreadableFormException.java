package org.govforms.pdf.form;

/** A PDF that cannot be read as the form at all: nothing of it is taken. */
public final class UnreadableFormException extends Exception {

    /** Why, with a stable code. */
    public enum Reason {
        DAMAGED("The file is not a PDF or is damaged."),
        ENCRYPTED("The PDF is encrypted; send the form without a password or encryption."),
        NOT_THIS_FORM("The PDF is not this form."),
        UNKNOWN_EDITION("The PDF is another edition of this form than the one GovForms reads.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;

    public UnreadableFormException(Reason reason, Throwable cause) {
        super(reason.message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
