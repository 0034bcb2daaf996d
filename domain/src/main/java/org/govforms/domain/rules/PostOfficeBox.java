package org.govforms.domain.rules;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Whether a street line is a post-office box rather than a place where someone lives. Every form rule that keeps
 * a box out of a physical address (I-589:R.1, I-914:R.4, I-914-SA:R.8) asks here, so they all agree.
 *
 * <p>It recognises the common U.S. spellings in any case, with or without dots and spaces: PO Box, P.O. Box,
 * P O Box, POBox, POB, P.O.B., Post Office Box, PMB, P.M.B., Private Mailbox, the Spanish Caja Postal, Apartado
 * Postal and Apdo., and a bare "Box" or "Apartado" followed by a box number ("Box 12", "Box #12", "Apartado 7").
 * A street whose name only begins with such letters ("12 Boxwood Lane", "Pobst Road", "Box Elder Street") is not
 * a box, nor is the box number of a rural route or highway contract route ("RR 2 Box 152", "HC 1 Box 9"), which
 * the forms accept as a physical address.
 */
public final class PostOfficeBox {

    /** Not inside a word on the left. */
    private static final String START = "(?<![\\p{L}\\p{N}])";
    /** Not continued by a letter on the right ("POB" but not "Pobst"; "PO Box12" but not "PO Boxwood"). */
    private static final String END = "(?!\\p{L})";
    private static final String PO = "p\\s*\\.?\\s*o\\s*\\.?";

    /** Spellings that name a box by themselves. */
    private static final Pattern BOX_WORD = Pattern.compile(START + "(" + String.join("|",
            PO + "\\s*box",                          // PO Box, P.O. Box, P O Box, POBox, PO Box12
            PO + "\\s*b\\.?",                         // POB, P.O.B., P. O. B.
            "post\\s*office\\s*box",                  // Post Office Box
            "p\\s*\\.?\\s*m\\s*\\.?\\s*b\\.?",        // PMB, P.M.B.
            "private\\s*mail\\s*box",                 // Private Mailbox, Private Mail Box
            "caja\\s+postal",                         // Caja Postal
            "apartado\\s+postal",                     // Apartado Postal
            "apdo\\.?\\s*(?=[#\\d])")                 // Apdo. 12
            + ")" + END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "Box" or "Apartado" followed by a number ("Box 12", "Box #12", "Box No. 12"). */
    private static final Pattern NUMBERED_BOX = Pattern.compile(
            START + "(box|apartado)\\s*(#|no\\.?|number)?\\s*#?\\s*\\d",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A rural route or highway contract route, whose "Box N" is a place of delivery on the route. */
    private static final Pattern ROUTE = Pattern.compile(
            START + "(r\\.?\\s*r\\.?|rural\\s+route|rte\\.?|route|h\\.?\\s*c\\.?|highway\\s+contract(\\s+route)?)\\s*#?\\s*\\d+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PostOfficeBox() {
    }

    /** True when the street line names a post-office box (null or empty is not a box). */
    public static boolean in(String streetLine) {
        if (streetLine == null || streetLine.isEmpty()) {
            return false;
        }
        String line = Normalizer.normalize(streetLine, Normalizer.Form.NFKC);
        if (BOX_WORD.matcher(line).find()) {
            return true;
        }
        return NUMBERED_BOX.matcher(line).find() && !ROUTE.matcher(line).find();
    }
}
