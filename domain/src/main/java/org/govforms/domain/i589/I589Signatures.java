package org.govforms.domain.i589;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import org.govforms.model.I589Applicant;
import org.govforms.model.I589Application;

/** What several I-589 rules need to know about the applicant's signature and name. */
final class I589Signatures {

    private I589Signatures() {
    }

    /** The date the applicant signed Part D (the filing date the form measures against), or today if not given. */
    static LocalDate filingDate(I589Application application, LocalDate today) {
        if (application.getDeclaration() != null && application.getDeclaration().getSignatureDate() != null) {
            return application.getDeclaration().getSignatureDate();
        }
        return today;
    }

    /**
     * Whether a name written on the form names the applicant of Part A.I: it holds the first and the last name
     * as words, whatever the case, the order, the middle name or the Unicode composition. True when either name
     * is missing, since there is nothing to compare (the schema reports a missing name).
     */
    static boolean namesTheApplicant(I589Application application, String name) {
        I589Applicant applicant = application.getApplicant();
        if (applicant == null || applicant.getFirstName() == null || applicant.getLastName() == null || name == null) {
            return true;
        }
        String written = " " + words(name) + " ";
        return written.contains(" " + words(applicant.getFirstName()) + " ")
                && written.contains(" " + words(applicant.getLastName()) + " ");
    }

    private static String words(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Punct}\\s]+", " ")
                .trim();
    }
}
