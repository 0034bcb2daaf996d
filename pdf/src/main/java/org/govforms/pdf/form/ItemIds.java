package org.govforms.pdf.form;

import java.util.ArrayList;
import java.util.List;

/** The part and question of an inventory item as a continuation sheet prints them: I-589:B.1.A.explanation is part B, question 1.A. */
final class ItemIds {

    private ItemIds() {
    }

    /** The part: A.II for I-589:A.II.CHILD.5 (a group's name is no part), Supplement A for I-589-SA:CHILD.5. */
    static String part(String item) {
        List<String> part = new ArrayList<>();
        for (String segment : segments(item)) {
            if (Character.isDigit(segment.charAt(0)) || Character.isLowerCase(segment.charAt(0))) {
                break;
            }
            if (segment.length() <= 3 || !segment.equals(segment.toUpperCase(java.util.Locale.ROOT))) {
                part.add(segment);
            }
        }
        if (part.isEmpty() && item.matches("[A-Z0-9-]+-S[A-Z]:.*")) {
            return "Supplement " + item.charAt(item.indexOf(':') - 1);
        }
        return String.join(".", part);
    }

    /** What is left of the item after its part and question, e.g. address.apt of I-589:E.address.apt. */
    static String detail(String item) {
        String[] segments = segments(item);
        int first = 0;
        while (first < segments.length && !Character.isLowerCase(segments[first].charAt(0))) {
            first++;
        }
        return String.join(".", java.util.Arrays.copyOfRange(segments, first, segments.length));
    }

    static String question(String item) {
        List<String> question = new ArrayList<>();
        for (String segment : segments(item)) {
            if (question.isEmpty() ? Character.isDigit(segment.charAt(0)) : segment.length() == 1) {
                question.add(segment);
            } else if (!question.isEmpty()) {
                break;
            }
        }
        return String.join(".", question);
    }

    private static String[] segments(String item) {
        return item.substring(item.indexOf(':') + 1).split("\\.");
    }
}
