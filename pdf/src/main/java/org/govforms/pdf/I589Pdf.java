package org.govforms.pdf;

import org.govforms.domain.GovFormsValidator;
import org.govforms.model.I589Application;
import org.govforms.pdf.form.UnreadableFormException;

/**
 * The official Form I-589 (edition 01/20/25, with Supplements A and B) for an {@link I589Application}.
 *
 * <pre>{@code
 * byte[] pdf = I589Pdf.fill(application);          // to print, sign by hand and file
 * FormReading<I589Application> read = I589Pdf.read(pdf);
 * }</pre>
 */
public final class I589Pdf {

    public static final String DEFINITION = "org/govforms/pdf/forms/i-589-01-20-25.yaml";

    private static final class Holder {
        private static final OfficialForm<I589Application> FORM =
                new OfficialForm<>(I589Application.class, DEFINITION, new GovFormsValidator());
    }

    private I589Pdf() {
    }

    public static OfficialForm<I589Application> form() {
        return Holder.FORM;
    }

    /** The filled form; see {@link OfficialForm#fill}. */
    public static byte[] fill(I589Application application) {
        return Holder.FORM.fill(application);
    }

    /** The application read from a filled form; see {@link OfficialForm#read}. */
    public static FormReading<I589Application> read(byte[] pdf) throws UnreadableFormException {
        return Holder.FORM.read(pdf);
    }
}
